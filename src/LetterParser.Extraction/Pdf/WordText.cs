using System.Text;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Cleans a word's text as the text layer gives it: compatibility forms folded (ligatures ﬁ ﬂ ﬀ ﬃ ﬄ to
/// letters, full-width forms to ASCII) while accents stay composed (é stays é). Hyphenation is left alone:
/// Reading joins broken words because only it knows the lines around them.
/// </summary>
internal static class WordText
{
    public static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
                return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        return text; // plain ASCII: the common case, no allocation
    }

    /// <summary>True for a glyph the text layer could not map to a character: private use, U+FFFD, control codes.</summary>
    public static bool IsUnmappable(string value)
    {
        if (value.Length == 0)
            return true;
        foreach (var c in value)
        {
            if (c == '\uFFFD' || (c is >= '\uE000' and <= '\uF8FF') || (char.IsControl(c) && !char.IsWhiteSpace(c)))
                return true;
        }
        return false;
    }
}
