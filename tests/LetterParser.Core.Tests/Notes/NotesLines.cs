using LetterParser.Core.Notes;

namespace LetterParser.Core.Tests.Notes;

/// <summary>Builds the (page, text) lines the Notes stages read; "\f" starts a new page.</summary>
internal static class NotesLines
{
    public static IReadOnlyList<DocumentLine> Of(string text)
    {
        var lines = new List<DocumentLine>();
        var page = 1;
        foreach (var pageText in text.Split('\f'))
        {
            foreach (var line in pageText.Split('\n'))
                lines.Add(new DocumentLine(page, line.TrimEnd('\r')));
            page++;
        }
        return lines;
    }
}
