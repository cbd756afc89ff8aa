using LetterParser.Core.Documents;

namespace LetterParser.Extraction.Tests.Support;

/// <summary>Finds things on a read page the way a person points at them: "the box left of 'travel'".</summary>
internal static class PageAssert
{
    public static Word WordOf(PageText page, string text) =>
        page.Lines.SelectMany(l => l.Words).SingleOrDefault(w => w.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"No word '{text}' on page {page.Number}: {string.Join(" | ", page.Lines.Select(l => l.Text))}");

    /// <summary>The checkbox nearest to the left of <paramref name="word"/>, on the same line.</summary>
    public static CheckboxMark BoxLeftOf(PageText page, string word)
    {
        var target = WordOf(page, word).Box;
        return page.Checkboxes
            .Where(c => c.Box.Right <= target.Left + 0.5 && c.Box.VerticalOverlap(target) > 0.3)
            .OrderByDescending(c => c.Box.Right)
            .FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"No checkbox left of '{word}' on page {page.Number}.");
    }

    public static string AllText(PageText page) => string.Join("\n", page.Lines.Select(l => l.Text));
}
