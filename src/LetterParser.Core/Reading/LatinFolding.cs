namespace LetterParser.Core.Reading;

/// <summary>
/// Accent folding for the letters English and French letters use. Written out rather than done with
/// Unicode normalisation because the service runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does not decompose.
/// </summary>
internal static class LatinFolding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēĕėęěìíîïĩīįıñńňòóôõöøōőùúûüũūůűųýÿŷźżžśšşţťŕřĺľłğ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeeiiiiiiiinnnoooooooouuuuuuuuuyyyzzzsssttrrlllg";

    /// <summary>The unaccented lower-case letter for <paramref name="c"/>, or <paramref name="c"/> lower-cased.</summary>
    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
            return lower;
        var index = Accented.IndexOf(lower);
        return index >= 0 ? Plain[index] : lower;
    }

    /// <summary>Folds a whole string; œ and æ become two letters.</summary>
    public static string Fold(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            switch (f)
            {
                case 'œ': folded.Append("oe"); break;
                case 'æ': folded.Append("ae"); break;
                case '’' or '‘' or '`' or '´' or 'ʼ': folded.Append('\''); break;
                case '–' or '—' or '‐' or '‑': folded.Append('-'); break;
                case '\u00A0' or '\u202F' or '\u2009': folded.Append(' '); break;
                default: folded.Append(f); break;
            }
        }
        return folded.ToString();
    }
}
