using System.Text;
using System.Text.RegularExpressions;

namespace LetterParser.Core.Reading;

/// <summary>Small text repairs shared by Reading: joining broken lines and splitting sentences.</summary>
internal static partial class TextCleanup
{
    /// <summary>Appends a line to running text, undoing end-of-line hyphenation ("employ-" + "ment").</summary>
    public static void AppendLine(StringBuilder text, string line)
    {
        line = line.Trim();
        if (line.Length == 0)
            return;
        if (text.Length == 0)
        {
            text.Append(line);
            return;
        }
        var last = text[^1];
        if ((last == '-' || last == '\u00AD') && text.Length > 1 && char.IsLetter(text[^2]) && char.IsLower(line[0]))
        {
            text.Length--;
            text.Append(line);
            return;
        }
        text.Append(' ').Append(line);
    }

    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
            AppendLine(text, line);
        return text.ToString();
    }

    /// <summary>Splits running text into sentences, keeping abbreviations and citations ("s. 16(1)") whole.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(text))
        {
            var end = boundary.Index;
            if (IsAbbreviation(text, end))
                continue;
            var sentence = text[start..end].Trim();
            if (sentence.Length > 0)
                yield return sentence;
            start = boundary.Index + boundary.Length;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0)
            yield return rest;
    }

    private static readonly string[] Abbreviations = ["mr.", "mrs.", "ms.", "dr.", "no.", "nos.", "e.g.", "i.e.", "st.", "ltd.", "inc.", "para.", "s.", "ss.", "art.", "cf.", "vs.", "etc.", "m.", "mme.", "p.", "pp."];

    private static bool IsAbbreviation(string text, int boundaryIndex)
    {
        // boundaryIndex points just after the punctuation.
        var wordStart = boundaryIndex - 1;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var word = text[wordStart..boundaryIndex].ToLowerInvariant().TrimStart('(', '"', '«');
        return Abbreviations.Contains(word) || (word.Length == 2 && char.IsLetter(word[0]) && word[1] == '.');
    }

    [GeneratedRegex(@"(?<=[.!?]|(?<!\b(?:[Oo]ther|[Aa]utres?)\s*):)\s+(?=[\p{Lu}«""“(\d])")]
    private static partial Regex SentenceBoundary();

    /// <summary>Collapses runs of white space and trims; the form in which quotes are shown.</summary>
    public static string Tidy(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
