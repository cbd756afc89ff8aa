using LetterParser.Core.Documents;

namespace LetterParser.Core.Reading;

/// <summary>A checkbox mark placed on the line it belongs to.</summary>
public sealed record LineMark(Box Box, bool IsChecked, double Confidence);

/// <summary>
/// One printed line of the letter, tidied, with its folded form (for matching), the marks beside it and
/// whether it opens a block (first on its page, or further from the line above than the usual line pitch).
/// </summary>
public sealed record LayoutLine(int Page, int Index, string Text, string Folded, Box Box, IReadOnlyList<LineMark> Marks,
    IReadOnlyList<Word> Words, bool StartsBlock, ReadingMethod Method);

/// <summary>The document's lines in reading order, with every checkbox mark on the line it belongs to.</summary>
public sealed record LineLayout(IReadOnlyList<LayoutLine> Lines)
{
    /// <summary>
    /// Lays out every page. On OCR pages, boxes typed as characters ("[X]") come back as words and are turned
    /// into marks first; then each mark joins the line it shares a baseline with, or failing that the nearest.
    /// </summary>
    public static LineLayout Of(DocumentText document)
    {
        var lines = new List<LayoutLine>();
        foreach (var page in document.Pages)
        {
            var unplaced = page.Checkboxes.ToList();
            var pageLines = page.Method == ReadingMethod.Ocr
                ? page.Lines.Select(l => TypedBoxes.Take(l, unplaced)).Where(l => l.Words.Count > 0).ToList()
                : page.Lines.Where(l => l.Words.Count > 0).ToList();
            var marksByLine = new List<LineMark>[pageLines.Count];
            for (var i = 0; i < pageLines.Count; i++)
                marksByLine[i] = [];
            foreach (var mark in unplaced)
            {
                var best = -1;
                var bestDistance = double.MaxValue;
                for (var i = 0; i < pageLines.Count; i++)
                {
                    var box = pageLines[i].Box;
                    var distance = box.VerticalOverlap(mark.Box) > 0.3 ? 0 : Math.Abs(box.CenterY - mark.Box.CenterY);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = i;
                    }
                }
                var lineHeight = best >= 0 ? Math.Max(pageLines[best].Box.Height, mark.Box.Height) : 0;
                if (best >= 0 && bestDistance <= lineHeight)
                    marksByLine[best].Add(new LineMark(mark.Box, mark.IsChecked, mark.Confidence));
            }
            var pitch = TypicalPitch(pageLines);
            for (var i = 0; i < pageLines.Count; i++)
            {
                var text = TextCleanup.Tidy(pageLines[i].Text);
                var startsBlock = i == 0 || pageLines[i].Box.Top - pageLines[i - 1].Box.Top > 1.45 * pitch;
                lines.Add(new LayoutLine(page.Number, lines.Count, text, LatinFolding.Fold(text), pageLines[i].Box,
                    marksByLine[i].OrderBy(m => m.Box.Left).ToList(), pageLines[i].Words, startsBlock, page.Method));
            }
        }
        return new LineLayout(lines);
    }

    /// <summary>The usual distance from one line's top to the next on a page: the lower third of the steps.</summary>
    private static double TypicalPitch(List<TextLine> lines)
    {
        var steps = new List<double>(lines.Count);
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i].Box.Top - lines[i - 1].Box.Top;
            if (step > 0)
                steps.Add(step);
        }
        if (steps.Count == 0)
            return lines.Count > 0 ? Math.Max(1, lines[0].Box.Height * 1.2) : 1;
        steps.Sort();
        // More lines sit inside paragraphs than between them.
        return steps[(steps.Count - 1) / 3];
    }
}
