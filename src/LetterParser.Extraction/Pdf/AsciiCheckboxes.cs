using LetterParser.Core.Documents;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Typed checkboxes: <c>[X]</c>, <c>[x]</c>, <c>[ ]</c>, <c>[]</c>, <c>(x)</c>, <c>( )</c> at the start of a line
/// (and further marks on a line that starts with one: "[ ] travel history [X] purpose of visit").
/// Only there: elsewhere "(x)" is ordinary text such as a paragraph number.
/// </summary>
internal static class AsciiCheckboxes
{
    /// <summary>
    /// Takes the marks out of <paramref name="line"/> and adds them to <paramref name="marks"/>. A tick glyph already
    /// found between the brackets ("[✓]") is folded into the bracket box.
    /// </summary>
    public static List<PlacedWord> Extract(List<PlacedWord> line, PageFrame frame, List<CheckboxMark> marks)
    {
        List<PlacedWord>? kept = null;
        var lineUsesMarks = false;
        for (var i = 0; i < line.Count; i++)
        {
            if ((i == 0 || lineUsesMarks) && TryMatch(line, i, frame, out var consumed, out var mark, out var remainder))
            {
                kept ??= line.GetRange(0, i);
                marks.Add(FoldTick(mark, marks));
                lineUsesMarks = true;
                if (remainder is not null)
                    kept.Add(remainder);
                i += consumed - 1;
                continue;
            }
            kept?.Add(line[i]);
        }
        return kept ?? line;
    }

    private static bool IsFarFrom(PlacedWord a, PlacedWord b) => b.Box.Left - a.Box.Right > a.FontSize;

    private static CheckboxMark FoldTick(CheckboxMark mark, List<CheckboxMark> marks)
    {
        if (mark.IsChecked)
            return mark;
        var inside = marks.FindIndex(m => m.IsChecked && m.Box.CenterX > mark.Box.Left && m.Box.CenterX < mark.Box.Right
            && m.Box.VerticalOverlap(mark.Box) > 0.5);
        if (inside < 0)
            return mark;
        var tick = marks[inside];
        marks.RemoveAt(inside);
        return new CheckboxMark(Box.Union([mark.Box, tick.Box]), true);
    }

    private static bool TryMatch(List<PlacedWord> line, int i, PageFrame frame, out int consumed, out CheckboxMark mark, out PlacedWord? remainder)
    {
        consumed = 0;
        mark = default!;
        remainder = null;
        var word = line[i];
        var text = word.Text;

        // Whole forms in one word, possibly glued to the reason: "[X]", "[x]travel".
        foreach (var form in Forms)
        {
            if (!text.StartsWith(form.Text, StringComparison.Ordinal))
                continue;
            consumed = 1;
            if (text.Length == form.Text.Length)
            {
                mark = new CheckboxMark(word.Box, form.Checked);
                return true;
            }
            if (word.Glyphs.Count != text.Length)
                return false; // cannot tell where the mark ends; leave the word as printed
            var markGlyphs = word.Glyphs.Take(form.Text.Length).ToList();
            var rest = word.Glyphs.Skip(form.Text.Length).ToList();
            mark = new CheckboxMark(Box.Union(markGlyphs.Select(l => frame.Map(l.BoundingBox))), form.Checked);
            remainder = PlacedWord.From(text[form.Text.Length..], rest, frame);
            return true;
        }

        // Spread over words: "[" "]", "[" "X" "]", "[" "X]", "(" ")"; an underscore typed as the blank of an
        // empty box ("[_ ]", "( _ )") is part of the bracket, not a word.
        if (text is "[_" or "(_")
            text = text[..1];
        if (text is not ("[" or "(") || i + 1 >= line.Count)
            return false;
        var close = text == "[" ? "]" : ")";
        if (line[i + 1].Text == "_" && i + 2 < line.Count && line[i + 2].Text == close)
        {
            consumed = 3;
            mark = new CheckboxMark(Box.Union([word.Box, line[i + 2].Box]), false);
            return true;
        }
        var next = line[i + 1];
        // An empty box is often typed with several spaces between its brackets ("[   ]"), wider than any gap
        // inside a word; only brackets with nothing but blank between them, at most three letters' widths apart.
        if (next.Text == close && next.Box.Left - word.Box.Right <= 3 * word.FontSize)
        {
            consumed = 2;
            mark = new CheckboxMark(Box.Union([word.Box, next.Box]), false);
            return true;
        }
        if (IsFarFrom(word, next))
            return false;
        if (next.Text is "X" or "x" && i + 2 < line.Count && line[i + 2].Text == close && !IsFarFrom(next, line[i + 2]))
        {
            consumed = 3;
            mark = new CheckboxMark(Box.Union([word.Box, line[i + 2].Box]), true);
            return true;
        }
        if (next.Text == "X" + close || next.Text == "x" + close)
        {
            consumed = 2;
            mark = new CheckboxMark(Box.Union([word.Box, next.Box]), true);
            return true;
        }
        return false;
    }

    private static readonly (string Text, bool Checked)[] Forms =
    [
        ("[X]", true), ("[x]", true), ("[]", false), ("[_]", false), ("(X)", true), ("(x)", true), ("()", false), ("(_)", false),
    ];
}
