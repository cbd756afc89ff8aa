using UglyToad.PdfPig.Graphics.Colors;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// The RGB value of a fill or stroke colour, or null when it has none: a pattern (a gradient letterhead, a
/// tiled background, as Chromium prints CSS gradients) has no single colour, and PdfPig throws if asked for one.
/// </summary>
internal static class PaintColors
{
    public static (double R, double G, double B)? Rgb(IColor color) =>
        color.ColorSpace == ColorSpace.Pattern || color is PatternColor ? null : color.ToRGBValues();
}
