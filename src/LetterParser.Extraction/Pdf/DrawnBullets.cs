using LetterParser.Core.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// List bullets drawn as shapes rather than typed: browsers and word processors paint the • of a list as a small
/// filled disc or square, so the text layer has no bullet at all and a list reads as one paragraph. A small dark
/// shape just left of a line's first word puts a "•" word back in front of that line.
/// </summary>
internal static class DrawnBullets
{
    /// <summary>Sides of a list bullet, in points (a checkbox is larger, see <see cref="DrawnCheckboxFinder"/>).</summary>
    private const double MinSide = 1.5, MaxSide = 5.4;

    /// <summary>How far left of the first word a bullet may stand, in points.</summary>
    private const double MaxGap = 30;

    /// <param name="checkboxes">Marks already found: a filled square inside a drawn box is its tick, not a bullet.</param>
    public static List<TextLine> Restore(List<TextLine> lines, IReadOnlyList<PdfPath> paths, PageFrame frame, IReadOnlyList<CheckboxMark> checkboxes)
    {
        if (lines.Count == 0 || paths.Count == 0)
            return lines;
        List<Box>? bullets = null;
        foreach (var path in paths)
        {
            if (path.IsClipping || !path.IsFilled || !IsDark(path.FillColor))
                continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } rect || !IsBulletSized(rect))
                    continue;
                var box = frame.Map(rect);
                if (!checkboxes.Any(c => box.CenterX > c.Box.Left && box.CenterX < c.Box.Right && box.CenterY > c.Box.Top && box.CenterY < c.Box.Bottom))
                    (bullets ??= []).Add(box);
            }
        }
        if (bullets is null)
            return lines;

        var restored = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var first = line.Words[0].Box;
            var bullet = bullets.FindIndex(b => b.Right <= first.Left + 0.5 && first.Left - b.Right <= MaxGap
                && b.CenterY >= first.Top && b.CenterY <= first.Bottom);
            restored.Add(bullet < 0 ? line : new TextLine([new Word("•", bullets[bullet]), .. line.Words]));
        }
        return restored;
    }

    private static bool IsBulletSized(PdfRectangle rect) =>
        rect.Width is >= MinSide and <= MaxSide && rect.Height is >= MinSide and <= MaxSide
        && Math.Abs(rect.Width - rect.Height) <= 0.25 * Math.Max(rect.Width, rect.Height);

    private static bool IsDark(IColor? color)
    {
        if (color is null)
            return true; // the default fill colour is black
        // A pattern fill is a picture, not a bullet's solid ink.
        return PaintColors.Rgb(color) is var (r, g, b) && Math.Max(r, Math.Max(g, b)) < 0.5;
    }
}
