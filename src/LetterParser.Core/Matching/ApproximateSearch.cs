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

    public ApproximatePattern(string pattern)
    {
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
    }

    public string Pattern { get; }

    public int MaxErrors { get; }

    /// <summary>
    /// The best occurrence within <see cref="MaxErrors"/> edits, or null. With <paramref name="startsWord"/>, a hit
    /// that is not exact, or is of a short pattern, must begin a word (or follow one stray glyph at a word's start):
    /// a short word is found inside longer ones ("act" in "contact"), and two edits turn the end of one word and the
    /// next into a third ("siblings represent" into "misrepresent"). Long exact phrases keep tolerating joined words.
    /// </summary>
    public ApproximateHit? FindIn(string text, Func<int, bool>? startsWord = null)
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
            if (FindBest(rest) is not { } hit)
                return null;
            if (hit.Distance == 0 || Begins(hit.Start + offset))
                return hit with { Start = hit.Start + offset, End = hit.End + offset };
            offset += hit.End;
        }
        return null;
    }

    // Patterns of up to this many letters are matched exactly, and only at the start of a word.
    private const int ShortWord = 7;

    private ApproximateHit? FindBest(string text)
    {
        if (!MayOccurIn(text))
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

    private bool MayOccurIn(string text)
    {
        foreach (var piece in _pieces)
        {
            if (text.Contains(piece, StringComparison.Ordinal))
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

/// <summary>Where a pattern was found in a skeleton: [Start, End), with its edit distance and a 0..1 score.</summary>
public readonly record struct ApproximateHit(int Start, int End, int Distance, double Score);
