namespace LetterParser.Core.Matching;

/// <summary>
/// Finds a short pattern inside a longer text allowing a few edits (Myers' bit-parallel algorithm,
/// O(n) per pattern for patterns up to 64 characters). Used on <see cref="Skeleton"/> values.
/// </summary>
public sealed class ApproximatePattern
{
    private readonly ulong[] _peq = new ulong[128];
    private readonly ulong[] _reversedPeq = new ulong[128];
    private readonly string[] _pieces;
    private readonly int[][] _pieceTrigrams;

    /// <summary>
    /// The pattern of a phrase as written in the catalogue. Its negation words ("not submitted", "n'a pas") must
    /// occur as words in any inexact hit: two edits turn "not submitted" into "you submitted", and a meaning
    /// that flips is no near miss.
    /// </summary>
    public static ApproximatePattern ForPhrase(string phrase)
    {
        var negations = phrase.Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Skeleton.Of(w).Value)
            .Where(NegationWords.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new ApproximatePattern(Skeleton.Of(phrase).Value, negations);
    }

    // Skeleton forms (see Skeleton: look-alike letters folded) of the words that turn a statement into its opposite.
    private static readonly HashSet<string> NegationWords = new(
        new[] { "not", "no", "nor", "never", "cannot", "without", "unable", "pas", "ne", "non", "ni", "sans", "jamais", "aucun", "aucune", "nul", "nulle" }
            .Select(w => Skeleton.Of(w).Value),
        StringComparer.Ordinal);

    private readonly string[] _negations;

    public ApproximatePattern(string pattern) : this(pattern, []) { }

    private ApproximatePattern(string pattern, string[] negations)
    {
        _negations = negations;
        if (pattern.Length is 0 or > 64)
            throw new ArgumentException($"A pattern must have 1 to 64 characters after normalisation; '{pattern}' has {pattern.Length}.", nameof(pattern));
        Pattern = pattern;
        MaxErrors = pattern.Length switch
        {
            <= ShortWord => 0,
            <= 11 => 1,
            // A swapped pair of letters costs two edits; long phrases can afford it, but never a whole
            // short word ("the act" for "the job"): about one edit per ten letters.
            <= 24 => 2,
            _ => (int)Math.Round(pattern.Length * 0.1),
        };
        for (var i = 0; i < pattern.Length; i++)
        {
            _peq[pattern[i] & 127] |= 1UL << i;
            _reversedPeq[pattern[pattern.Length - 1 - i] & 127] |= 1UL << i;
        }
        // Pigeonhole filter: with k edits, at least one of k+1 disjoint pieces survives unchanged.
        var pieceCount = MaxErrors + 1;
        var pieceLength = pattern.Length / pieceCount;
        _pieces = Enumerable.Range(0, pieceCount)
            .Select(p => p == pieceCount - 1 ? pattern[(p * pieceLength)..] : pattern.Substring(p * pieceLength, pieceLength))
            .ToArray();
        _pieceTrigrams = _pieces.Select(TrigramSet.SlotsOf).ToArray();
    }

    public string Pattern { get; }

    public int MaxErrors { get; }

    /// <summary>
    /// The best occurrence within <see cref="MaxErrors"/> edits, or null. With <paramref name="startsWord"/>, a hit
    /// that is not exact, or is of a short pattern, must begin a word (or follow one stray glyph at a word's start):
    /// a short word is found inside longer ones ("act" in "contact"), and two edits turn the end of one word and the
    /// next into a third ("siblings represent" into "misrepresent"). Long exact phrases keep tolerating joined words.
    /// </summary>
    public ApproximateHit? FindIn(string text, Func<int, bool>? startsWord = null) => FindIn(text, startsWord, null);

    /// <param name="trigrams">The trigrams of <paramref name="text"/> or of a text it is part of, when the caller
    /// searches one text for many patterns: most patterns are then ruled out without reading the text.</param>
    internal ApproximateHit? FindIn(string text, Func<int, bool>? startsWord, TrigramSet? trigrams)
    {
        bool Begins(int at) => startsWord is null || startsWord(at) || startsWord(at - 1);
        // No edits allowed: the first exact occurrence is the best one, and IndexOf finds it without the bit vectors.
        if (MaxErrors == 0)
        {
            for (var at = text.IndexOf(Pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Pattern, at + 1, StringComparison.Ordinal))
            {
                if (Pattern.Length > ShortWord || startsWord is null || startsWord(at))
                    return new ApproximateHit(at, at + Pattern.Length, 0, 1.0);
            }
            return null;
        }
        // A rejected hit is looked past, a few times: the text after it may hold the real one.
        for (int offset = 0, tries = 0; tries < 4 && offset < text.Length; tries++)
        {
            var rest = offset == 0 ? text : text[offset..];
            if (FindBest(rest, trigrams) is not { } hit)
                return null;
            if (hit.Distance == 0 || (Begins(hit.Start + offset) && KeepsNegations(text, hit.Start + offset, hit.End + offset, startsWord)))
                return hit with { Start = hit.Start + offset, End = hit.End + offset };
            offset += hit.End;
        }
        return null;
    }

    /// <summary>Whether each negation word of the pattern stands, as a word, within the inexact hit.</summary>
    private bool KeepsNegations(string text, int start, int end, Func<int, bool>? startsWord)
    {
        foreach (var negation in _negations)
        {
            var found = false;
            for (var at = text.IndexOf(negation, start, StringComparison.Ordinal); at >= 0 && at + negation.Length <= end;
                 at = text.IndexOf(negation, at + 1, StringComparison.Ordinal))
            {
                if (startsWord is null || startsWord(at))
                {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    // Patterns of up to this many letters are matched exactly, and only at the start of a word.
    private const int ShortWord = 7;

    private ApproximateHit? FindBest(string text, TrigramSet? trigrams)
    {
        if (!MayOccurIn(text, trigrams))
            return null;
        var (distance, end) = BestEnd(text);
        if (distance > MaxErrors)
            return null;
        // The start is where the reversed pattern best ends in the reversed text left of the end.
        var windowStart = Math.Max(0, end + 1 - Pattern.Length - MaxErrors);
        var window = Reverse(text.Substring(windowStart, end + 1 - windowStart));
        var (_, reversedEnd) = BestEnd(window, _reversedPeq, Pattern.Length);
        var start = end - reversedEnd;
        return new ApproximateHit(start, end + 1, distance, 1.0 - (double)distance / Pattern.Length);
    }

    private bool MayOccurIn(string text, TrigramSet? trigrams)
    {
        for (var p = 0; p < _pieces.Length; p++)
        {
            if ((trigrams is null || trigrams.HasAll(_pieceTrigrams[p])) && text.Contains(_pieces[p], StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private (int Distance, int End) BestEnd(string text) => BestEnd(text, _peq, Pattern.Length);

    // Myers 1999: vertical deltas of the edit-distance matrix as bit vectors; the first row is zero
    // so the pattern may start anywhere in the text.
    private static (int Distance, int End) BestEnd(string text, ulong[] peq, int m)
    {
        ulong pv = ulong.MaxValue, mv = 0;
        var last = 1UL << (m - 1);
        var score = m;
        int best = m, bestEnd = -1;
        for (var j = 0; j < text.Length; j++)
        {
            var eq = peq[text[j] & 127];
            var xv = eq | mv;
            var xh = (((eq & pv) + pv) ^ pv) | eq;
            var ph = mv | ~(xh | pv);
            var mh = pv & xh;
            if ((ph & last) != 0) score++;
            else if ((mh & last) != 0) score--;
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score < best)
            {
                best = score;
                bestEnd = j;
            }
        }
        return (best, bestEnd);
    }

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}

/// <summary>
/// Which three-letter runs a text holds, as a small Bloom filter (8,192 bits): a piece of a pattern with a trigram the
/// text lacks is not in the text, which a few bit tests tell instead of a search. It can say yes wrongly, never no,
/// so the search after it decides and results are the same as without it.
/// </summary>
internal sealed class TrigramSet
{
    private const int Bits = 13;
    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    private TrigramSet()
    {
    }

    public static TrigramSet Of(string text)
    {
        var set = new TrigramSet();
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            var slot = Slot(text[i], text[i + 1], text[i + 2]);
            set._bits[slot >> 6] |= 1UL << (slot & 63);
        }
        return set;
    }

    /// <summary>The slots of every trigram of <paramref name="piece"/> (none for a piece shorter than three).</summary>
    internal static int[] SlotsOf(string piece) =>
        Enumerable.Range(0, Math.Max(0, piece.Length - 2)).Select(i => Slot(piece[i], piece[i + 1], piece[i + 2])).Distinct().ToArray();

    internal bool HasAll(int[] slots)
    {
        foreach (var slot in slots)
            if ((_bits[slot >> 6] & (1UL << (slot & 63))) == 0)
                return false;
        return true;
    }

    private static int Slot(char a, char b, char c) =>
        (int)((uint)(((a & 127) << 14) | ((b & 127) << 7) | (c & 127)) * 2654435761u >> (32 - Bits));
}

/// <summary>Where a pattern was found in a skeleton: [Start, End), with its edit distance and a 0..1 score.</summary>
public readonly record struct ApproximateHit(int Start, int End, int Distance, double Score);
