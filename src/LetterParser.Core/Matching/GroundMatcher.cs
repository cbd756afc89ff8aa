using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reading;

namespace LetterParser.Core.Matching;

/// <summary>What one reason item said: the grounds it names, or that it is boilerplate, or nothing known.</summary>
/// <param name="Grounds">Grounds found, best first; empty when none.</param>
/// <param name="IsBoilerplate">The item is an opening or introduction sentence, not a reason.</param>
/// <param name="UncoveredClauses">Factor clauses ("based on X and Y") that matched no ground, verbatim.</param>
/// <param name="OtherText">The officer's free text after an "Other:" label, when the item is that line.</param>
/// <param name="Ambiguous">Two grounds compete for the same words with close scores: a person should check which.</param>
public sealed record ItemMatch(IReadOnlyList<GroundHit> Grounds, bool IsBoilerplate, IReadOnlyList<string> UncoveredClauses, string? OtherText, bool Ambiguous = false);

/// <summary>One ground found in an item, with a 0..1 score and where in the item's text it stands.</summary>
/// <param name="NeedsContext">Found only by a factor phrasing: it counts only where will-not-leave is found too.</param>
public sealed record GroundHit(string GroundId, double Score, int Start, int End, bool NeedsContext = false);

/// <summary>
/// Matches reason items to catalogue grounds by approximate search of each phrasing's parts in the
/// item's <see cref="Skeleton"/>. Where two grounds claim the same words, the longer phrasing wins.
/// </summary>
public sealed partial class GroundMatcher
{
    private sealed record CompiledPhrasing(string GroundId, ApproximatePattern[] Parts, int Length, bool NeedsContext);

    private const int MaxGapBetweenParts = 70;

    private readonly CompiledPhrasing[] _phrasings;
    private readonly CompiledPhrasing[] _boilerplate;
    private readonly string[] _otherMarkers;

    public GroundMatcher(GroundsCatalogue catalogue)
    {
        _phrasings = catalogue.Grounds
            .SelectMany(g => g.Phrasings.Select(p => Compile(g.Id, p, needsContext: false))
                .Concat(g.FactorPhrasings.Select(p => Compile(g.Id, p, needsContext: true))))
            .ToArray();
        _boilerplate = catalogue.Boilerplate.Select(p => Compile("", p, needsContext: false)).ToArray();
        _otherMarkers = catalogue.OtherMarkers.Select(LatinFolding.Fold).ToArray();
    }

    private static CompiledPhrasing Compile(string groundId, IReadOnlyList<string> parts, bool needsContext)
    {
        var patterns = parts.Select(p => new ApproximatePattern(Skeleton.Of(p).Value)).ToArray();
        return new CompiledPhrasing(groundId, patterns, patterns.Sum(p => p.Pattern.Length), needsContext);
    }

    public ItemMatch Match(string text)
    {
        var folded = LatinFolding.Fold(text).TrimStart();
        foreach (var marker in _otherMarkers)
        {
            if (folded.StartsWith(marker, StringComparison.Ordinal))
            {
                var rest = text.TrimStart()[Math.Min(text.TrimStart().Length, marker.Length)..].Trim(' ', ':', '.', '_');
                return new ItemMatch([], false, [], rest);
            }
        }

        var skeleton = Skeleton.Of(text);
        var candidates = new List<(CompiledPhrasing Phrasing, double Score, (int Start, int End)[] Spans)>();
        foreach (var phrasing in _phrasings.Concat(_boilerplate))
        {
            if (TryMatch(phrasing, skeleton.Value) is { } hit)
                candidates.Add((phrasing, hit.Score, hit.Spans));
        }

        // Longest evidence first; a ground whose words are already claimed by another ground is dropped.
        // Boilerplate takes part under the empty id, so that "you must otherwise leave Canada" (a closing
        // instruction) claims its words before "will leave Canada" can.
        var accepted = new List<(string GroundId, double Score, (int Start, int End)[] Spans, bool NeedsContext)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Phrasing.Length * c.Score))
        {
            var existing = accepted.FindIndex(a => a.GroundId == candidate.Phrasing.GroundId);
            if (existing >= 0)
            {
                // The same ground also named by a phrasing that stands on its own: it no longer needs context.
                if (accepted[existing].NeedsContext && !candidate.Phrasing.NeedsContext)
                    accepted[existing] = accepted[existing] with { NeedsContext = false };
                continue;
            }
            var conflicts = accepted.Any(a => a.GroundId != candidate.Phrasing.GroundId && Overlaps(a.Spans, candidate.Spans));
            if (!conflicts)
                accepted.Add((candidate.Phrasing.GroundId, candidate.Score, candidate.Spans, candidate.Phrasing.NeedsContext));
        }

        var grounds = accepted
            .Where(a => a.GroundId.Length > 0)
            .Select(a => new GroundHit(a.GroundId, a.Score, skeleton.SourceIndex[a.Spans.Min(s => s.Start)], skeleton.SourceIndex[a.Spans.Max(s => s.End) - 1] + 1, a.NeedsContext))
            .OrderBy(h => h.Start)
            .ToList();
        var isBoilerplate = grounds.Count == 0 && candidates.Any(c => c.Phrasing.GroundId.Length == 0);
        // Only the will-not-leave finding lists factors after "based on"; elsewhere "compte tenu des
        // renseignements" just means "given the details".
        var uncovered = grounds.Any(g => g.GroundId == "will-not-leave") ? UncoveredFactorClauses(text, grounds) : [];
        return new ItemMatch(grounds, isBoilerplate, uncovered, null);
    }

    private static (double Score, (int Start, int End)[] Spans)? TryMatch(CompiledPhrasing phrasing, string skeleton)
    {
        var spans = new (int, int)[phrasing.Parts.Length];
        var score = 1.0;
        for (var i = 0; i < phrasing.Parts.Length; i++)
        {
            if (phrasing.Parts[i].FindIn(skeleton) is not { } hit)
                return null;
            spans[i] = (hit.Start, hit.End);
            score = Math.Min(score, hit.Score);
        }
        // The parts of one phrasing belong to one statement: within a few words of each other, not
        // "employment" at one end of a long sentence and "prospects" at the other.
        if (spans.Length > 1 && spans.Max(s => s.Item2) - spans.Min(s => s.Item1) > phrasing.Length + MaxGapBetweenParts)
            return null;
        return (score, spans);
    }

    private static bool Overlaps((int Start, int End)[] a, (int Start, int End)[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var shared = Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start);
                var shorter = Math.Min(x.End - x.Start, y.End - y.Start);
                if (shared > 0 && shared * 2 >= shorter)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// In "..., based on X, Y and Z." every factor should be a known ground; a clause no ground covers is
    /// something the officer relied on that the catalogue does not know, and must be shown, not dropped.
    /// </summary>
    private IReadOnlyList<string> UncoveredFactorClauses(string text, IReadOnlyList<GroundHit> grounds)
    {
        var basedOn = BasedOn().Match(text);
        if (!basedOn.Success)
            return [];
        var tailStart = basedOn.Index + basedOn.Length;
        // Split the factor list at commas, semicolons and "and"; a piece that does not open like a factor
        // ("your ...", "the ...") continues the previous one ("family ties in Canada and in your country").
        var clauses = new List<(int Start, int End)>();
        var cursor = tailStart;
        foreach (var separator in FactorSeparator().Matches(text, tailStart).Cast<Match?>().Append(null))
        {
            var end = separator?.Index ?? text.Length;
            var piece = text[cursor..end];
            if (clauses.Count > 0 && !FactorOpening().IsMatch(piece))
                clauses[^1] = (clauses[^1].Start, end);
            else if (piece.Trim().Length > 0)
                clauses.Add((cursor, end));
            cursor = separator is null ? text.Length : separator.Index + separator.Length;
        }
        var uncovered = new List<string>();
        foreach (var (start, end) in clauses)
        {
            var words = text[start..end].Trim().TrimEnd('.').Trim();
            if (WordCount().Count(words) < 2 || IsBoilerplate(words))
                continue;
            if (!grounds.Any(g => g.Start < end && g.End > start))
                uncovered.Add(words);
        }
        return uncovered;
    }

    [GeneratedRegex(@"\b(based on|on the basis of|compte tenu d[eu']s?|en raison d[eu']s?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BasedOn();

    private bool IsBoilerplate(string text)
    {
        var skeleton = Skeleton.Of(text).Value;
        return _boilerplate.Any(b => TryMatch(b, skeleton) is not null);
    }

    [GeneratedRegex(@"\s*(,|;|\band\b|\bas well as\b|\bet\b|\bainsi que\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FactorSeparator();

    [GeneratedRegex(@"^\s*(your|the|his|her|their|my|a|an|lack of|limited|insufficient|weak|vos|votre|vo|la|le|les|l'|l’|des|du|de vos|de votre|de la|de l'|son|sa|ses|leur|leurs|l'absence|insuffisance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FactorOpening();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordCount();
}
