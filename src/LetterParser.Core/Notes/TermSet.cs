using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using LetterParser.Core.Matching;

namespace LetterParser.Core.Notes;

/// <summary>Where a term was found in folded text: [Start, End) and a 0..1 score (1 for an exact word match).</summary>
internal readonly record struct TermHit(int Start, int End, double Score);

/// <summary>
/// A list of alternative terms, any of which counts as found. Notes are shorthand, capitals and typos:
/// long terms are searched approximately in the text's <see cref="Skeleton"/> (the letter matcher's
/// tolerance), short ones as whole words, because two-letter shorthand ("no", "pa", "bf") inside a
/// skeleton, which has no spaces, would be found in almost any sentence.
/// </summary>
internal sealed class TermSet
{
    /// <summary>Below this many skeleton letters a term is matched as a word, not approximately.</summary>
    private const int ApproximateFrom = 9;

    // Negations decide the meaning: "no employment" must not be found in "proposed employment", so a
    // term opening with one is found approximately only where the text has that very word.
    private static readonly string[] Negations = ["no", "not", "non", "nil", "never", "without", "pas", "sans", "aucun", "aucune", "ne", "n'a"];

    // A negating prefix decides the meaning as much: "insufficient" is one edit from "sufficient", so a term
    // that opens with one is found approximately only where the text opens with those letters too.
    private static readonly string[] NegatingPrefixes = ["insuf", "inadeq", "incons", "incoh", "unable", "unclear", "unexpl", "unrel", "unsat", "unver", "unsupp", "non", "dis", "mis", "incapab", "inexpl", "invraisembl", "imprec"];

    private readonly Regex? _words;
    private readonly SearchValues<string>? _wordsNeed;
    private readonly ApproximatePattern[] _approximate;
    private readonly string?[] _leadingNegation;
    private readonly string?[] _negatingPrefix;

    public TermSet(IEnumerable<string> terms)
    {
        var words = new List<string>();
        var needed = new List<string>();
        var everyWordNeedsALiteral = true;
        var approximate = new List<ApproximatePattern>();
        var negations = new List<string?>();
        var prefixes = new List<string?>();
        foreach (var raw in terms)
        {
            var term = NotesText.FoldInPlace(raw.Trim());
            if (term.Length == 0)
                continue;
            var skeleton = Skeleton.Of(term.TrimEnd('*')).Value;
            if (!term.EndsWith('*') && skeleton.Length >= ApproximateFrom && skeleton.Length <= 64)
            {
                approximate.Add(new ApproximatePattern(skeleton));
                var first = term.Split(' ')[0];
                // A short first word ("pr application", "ee profile", "no record") carries the meaning; a skeleton
                // match could drop it ("application" for "pr application"), so it must be there as a word.
                negations.Add(Negations.Contains(first) || (first.Length <= 3 && term.Contains(' ')) ? first : null);
                prefixes.Add(NegatingPrefixes.FirstOrDefault(prefix => first.StartsWith(prefix, StringComparison.Ordinal)));
            }
            else
            {
                words.Add(WordPattern(term));
                if (LongestLiteral(term) is { } literal)
                    needed.Add(literal);
                else
                    everyWordNeedsALiteral = false;
            }
        }
        Terms = terms.ToArray();
        _approximate = [.. approximate];
        _leadingNegation = [.. negations];
        _negatingPrefix = [.. prefixes];
        // Interpreted, not Compiled: the hundreds of term sets compiled to IL cost seconds of JIT in every process
        // (most of a batch's CPU), and with the filter below the regex runs on few sentences anyway.
        _words = words.Count == 0 ? null : new Regex(string.Join('|', words), RegexOptions.CultureInvariant);
        // Every match of a word term holds that term's longest literal run; a text holding none of them cannot
        // match, which one vectorised search over the text tells before the regex is run at all.
        _wordsNeed = _words is not null && everyWordNeedsALiteral ? SearchValues.Create(needed.Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// The longest run of characters that <see cref="WordPattern"/> matches literally (every character but the
    /// space, hyphen, apostrophe and full stop, which it matches loosely or not at all), or null when there is none.
    /// </summary>
    private static string? LongestLiteral(string term)
    {
        var longest = term.TrimEnd('*').Split([' ', '-', '\'', '.']).MaxBy(run => run.Length);
        return string.IsNullOrEmpty(longest) ? null : longest;
    }

    private bool WordsMayOccurIn(string folded) => _wordsNeed is null || folded.AsSpan().IndexOfAny(_wordsNeed) >= 0;

    public IReadOnlyList<string> Terms { get; }

    private static string WordPattern(string term)
    {
        var prefix = term.EndsWith('*');
        var body = term.TrimEnd('*');
        var pattern = new StringBuilder();
        // A term that starts with a letter may follow a digit ("6mths"); one that starts with a digit may not.
        pattern.Append(char.IsDigit(body[0]) ? @"(?<![\p{L}\p{N}])" : @"(?<!\p{L})");
        foreach (var c in body)
        {
            pattern.Append(c switch
            {
                ' ' => @"[\s\-/]+",
                '-' => @"[\s\-]?",
                '\'' => "'?",
                '.' => @"\.?",
                _ => Regex.Escape(c.ToString()),
            });
        }
        pattern.Append(prefix ? @"\p{L}*" : @"(?:s|es|ed|d|'s)?");
        pattern.Append(char.IsDigit(body[^1]) && !prefix ? @"(?![\p{L}\p{N}])" : @"(?!\p{L})");
        return "(?:" + pattern + ")";
    }

    /// <summary>The first occurrence of any term in <paramref name="text"/> (folded with <see cref="NotesText.FoldInPlace"/>).</summary>
    public TermHit? FindIn(FoldedUnit text)
    {
        TermHit? best = null;
        if (_words is not null && WordsMayOccurIn(text.Folded) && _words.Match(text.Folded) is { Success: true } m)
            best = new TermHit(m.Index, m.Index + m.Length, 1.0);
        for (var p = 0; p < _approximate.Length; p++)
        {
            if (best is { Score: 1.0 })
                break;
            if (_approximate[p].FindIn(text.Skeleton.Value, null, text.Trigrams) is not { } hit)
                continue;
            var start = text.Skeleton.SourceIndex[hit.Start];
            var end = text.Skeleton.SourceIndex[hit.End - 1] + 1;
            if (!StartsAWord(text.Folded, start) || !OpensWith(text.Folded, start, _leadingNegation[p]) || !HasPrefix(text.Folded, start, _negatingPrefix[p]))
                continue;
            if (best is null || hit.Score > best.Value.Score)
                best = new TermHit(start, end, hit.Score);
        }
        return best;
    }

    /// <summary>Every occurrence (for blanking stock phrases out of a sentence).</summary>
    public IEnumerable<TermHit> FindAll(string folded)
    {
        if (_words is not null && WordsMayOccurIn(folded))
        {
            foreach (Match m in _words.Matches(folded))
                yield return new TermHit(m.Index, m.Index + m.Length, 1.0);
        }

        var skeleton = Skeleton.Of(folded);
        for (var p = 0; p < _approximate.Length; p++)
        {
            var from = 0;
            while (from < skeleton.Length && _approximate[p].FindIn(skeleton.Value[from..]) is { } hit)
            {
                var start = skeleton.SourceIndex[from + hit.Start];
                var end = skeleton.SourceIndex[from + hit.End - 1] + 1;
                if (StartsAWord(folded, start) && OpensWith(folded, start, _leadingNegation[p]) && HasPrefix(folded, start, _negatingPrefix[p]))
                    yield return new TermHit(start, end, hit.Score);
                from += hit.End;
            }
        }
    }

    private static bool OpensWith(string folded, int start, string? word) =>
        word is null || (string.CompareOrdinal(folded, start, word, 0, word.Length) == 0
            && (start + word.Length == folded.Length || !char.IsLetter(folded[start + word.Length])));

    private static bool HasPrefix(string folded, int start, string? prefix) =>
        prefix is null || string.CompareOrdinal(folded, start, prefix, 0, prefix.Length) == 0;

    // An approximate match may begin one letter late (a dropped first letter), never inside a word.
    private static bool StartsAWord(string folded, int start) =>
        start == 0 || !char.IsLetter(folded[start - 1]) || start == 1 || !char.IsLetter(folded[start - 2]);
}

/// <summary>A piece of notes text in folded form, with its skeleton computed once.</summary>
internal sealed class FoldedUnit(string folded)
{
    public string Folded { get; } = folded;

    public Skeleton Skeleton { get; } = Matching.Skeleton.Of(folded);

    /// <summary>The skeleton's trigrams: every term set's patterns are looked for in this one unit.</summary>
    public TrigramSet Trigrams => _trigrams ??= TrigramSet.Of(Skeleton.Value);

    private TrigramSet? _trigrams;
}
