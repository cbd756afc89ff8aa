namespace LetterParser.Core.Notes;

/// <summary>One line of a document as the Notes stages read it: the page it is on and its text.</summary>
public sealed record DocumentLine(int Page, string Text);

/// <summary>Folding that keeps every character where it was, so a match in folded text is a quote in the original.</summary>
internal static class NotesText
{
    /// <summary>Lower case, no accents, plain apostrophes, dashes and spaces; one character for one character.</summary>
    public static string FoldInPlace(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var f = Reading.LatinFolding.Fold(text[i]);
            chars[i] = f switch
            {
                'œ' => 'o',
                'æ' => 'a',
                '’' or '‘' or '`' or '´' or 'ʼ' => '\'',
                '–' or '—' or '‐' or '‑' => '-',
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                _ => f,
            };
        }
        return new string(chars);
    }
}
