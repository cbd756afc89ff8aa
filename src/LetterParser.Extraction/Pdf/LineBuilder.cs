namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Groups words into lines in reading order: top to bottom by baseline, then left to right. Letters are
/// single-column documents, so words far apart on one baseline ("File: W123 ... Date: 2024-03-18") stay one
/// line; the reader ties each checkbox to the text on its right using the words' own boxes.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Baselines closer than this share a line, as a fraction of the font size (a superscript rides about 0.33 high).</summary>
    private const double BaselineTolerance = 0.4;

    public static List<List<PlacedWord>> Build(List<PlacedWord> words)
    {
        var lines = new List<List<PlacedWord>>();
        if (words.Count == 0)
            return lines;
        words.Sort(static (a, b) => a.Baseline != b.Baseline ? a.Baseline.CompareTo(b.Baseline) : a.Box.Left.CompareTo(b.Box.Left));
        var current = new List<PlacedWord> { words[0] };
        var lineBaseline = words[0].Baseline;
        var lineSize = words[0].FontSize;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            var tolerance = Math.Max(1.5, BaselineTolerance * Math.Max(Math.Min(lineSize, word.FontSize), 1));
            if (word.Baseline - lineBaseline <= tolerance)
            {
                current.Add(word);
                continue;
            }
            lines.Add(current);
            current = [word];
            lineBaseline = word.Baseline;
            lineSize = word.FontSize;
        }
        lines.Add(current);
        foreach (var line in lines)
            line.Sort(static (a, b) => a.Box.Left.CompareTo(b.Box.Left));
        return lines;
    }
}
