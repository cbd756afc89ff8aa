using LetterParser.Core.Documents;
using UglyToad.PdfPig.Content;

namespace LetterParser.Extraction.Pdf;

/// <summary>A word of the text layer on its way into a <see cref="TextLine"/>: display-space box, baseline and glyphs.</summary>
internal sealed record PlacedWord(string Text, Box Box, double Baseline, double FontSize, IReadOnlyList<Glyph> Glyphs)
{
    /// <summary>Share of the font size above the baseline in a word's box (Latin fonts' ascenders reach about 0.72–0.8).</summary>
    private const double Ascent = 0.78;

    /// <summary>
    /// A word whose box spans its glyphs horizontally and the font's line box vertically (from ascender to
    /// descender height, one font size tall), whatever glyphs it has: "you" and "The" get the same top and
    /// bottom, so gaps between lines measure line spacing, not which glyphs happen to have ascenders.
    /// </summary>
    public static PlacedWord From(string text, IReadOnlyList<Glyph> glyphs, PageFrame frame)
    {
        var first = glyphs[0];
        var size = first.PointSize > 0 ? first.PointSize : Math.Max(first.FontSize, 1);
        var baseline = frame.Map(first.StartBaseLine).Y;
        double left = double.MaxValue, right = double.MinValue;
        foreach (var glyph in glyphs)
        {
            var box = frame.Map(glyph.BoundingBox);
            left = Math.Min(left, box.Left);
            right = Math.Max(right, box.Right);
        }
        return new PlacedWord(text, new Box(left, baseline - Ascent * size, right, baseline + (1 - Ascent) * size), baseline, size, glyphs);
    }

    public Core.Documents.Word ToWord() => new(Text, Box);
}
