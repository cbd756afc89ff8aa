using System.Text;

namespace LetterParser.Core.Matching;

/// <summary>
/// A text reduced to the letters that carry meaning, in a canonical form that OCR and typing cannot
/// disturb: lower case, no accents, no spaces or punctuation (so split and joined words compare equal),
/// and look-alike characters folded to one (0/o, 1/l/i/|, rn/m, vv/w, 5/s). Patterns and letters are
/// reduced the same way, so the folding never loses a match; <see cref="SourceIndex"/> maps back to the text.
/// </summary>
public sealed class Skeleton
{
    private Skeleton(string value, int[] sourceIndex, bool[] wordStarts)
    {
        Value = value;
        SourceIndex = sourceIndex;
        _wordStarts = wordStarts;
    }

    private readonly bool[] _wordStarts;

    public string Value { get; }

    /// <summary>For each character of <see cref="Value"/>, the index in the original text it came from.</summary>
    public int[] SourceIndex { get; }

    public int Length => Value.Length;

    /// <summary>
    /// Whether the character at <paramref name="index"/> of <see cref="Value"/> begins a word of the text (a letter
    /// after a space, punctuation, or a digit, and the reverse: "A40" begins a word at "4"). Spaces are gone from the
    /// skeleton, so without this "siblings represent" would hold "misrepresent" two edits away.
    /// </summary>
    public bool StartsWord(int index) => index >= 0 && index < _wordStarts.Length && _wordStarts[index];

    public static Skeleton Of(string text)
    {
        var chars = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var starts = new List<bool>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (c == '\0')
                continue;
            // Two-glyph confusions: OCR reads "m" as "rn" and "w" as "vv"; fold both spellings onto one, but only
            // within a word: "séjour ne" is not "séjoume".
            if (chars.Length > 0 && map[^1] == i - 1)
            {
                var previous = chars[^1];
                if (previous == 'r' && c == 'n') { chars[^1] = 'm'; continue; }
                if (previous == 'v' && c == 'v') { chars[^1] = 'w'; continue; }
            }
            chars.Append(c);
            map.Add(i);
            starts.Add(i == 0 || !char.IsLetterOrDigit(text[i - 1]) || char.IsDigit(text[i]) != char.IsDigit(text[i - 1]));
        }
        return new Skeleton(chars.ToString(), [.. map], [.. starts]);
    }

    /// <summary>The canonical character for <paramref name="c"/>, or '\0' when it carries no meaning here.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            return c switch
            {
                >= 'a' and <= 'z' => c switch { 'i' => 'l', _ => c },
                '0' => 'o',
                '1' or '|' or '!' => 'l',
                '5' => 's',
                >= '2' and <= '9' => c,
                _ => '\0',
            };
        }
        // Accented letters keep their base letter (é → e, ç → c); ligatures are undone by extraction.
        var folded = Reading.LatinFolding.Fold(c);
        if (folded < 128)
            return Fold(folded);
        return folded switch
        {
            'œ' => 'o',
            'æ' => 'a',
            'ß' => 's',
            _ => '\0',
        };
    }
}
