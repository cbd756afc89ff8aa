using System.Text;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Cleans a word's text as the text layer gives it: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) and full-width forms folded to
/// plain letters; everything else, accents included (é), is kept as printed. Hyphenation is left alone:
/// Reading joins broken words because only it knows the lines around them.
/// </summary>
internal static class WordText
{
    public static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (NeedsFolding(c))
                return Fold(text);
        }
        return text; // the common case: nothing to fold, no allocation
    }

    // The app runs with invariant globalization, where string.Normalize is unavailable; the compatibility
    // forms that occur in letters are few, so they are folded here by hand.
    private static bool NeedsFolding(char c) => c is (>= '\uFB00' and <= '\uFB06') or (>= '\uFF01' and <= '\uFF5E') or '\u00A0';

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\u00A0': builder.Append(' '); break;
                case >= '\uFF01' and <= '\uFF5E': builder.Append((char)(c - 0xFEE0)); break; // full-width ASCII
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
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
