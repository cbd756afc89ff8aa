using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reading;

namespace LetterParser.Core.Matching;

/// <summary>What one reason item said: the grounds it names, or that it is boilerplate, or nothing known.</summary>
/// <param name="Grounds">Grounds found, best first; empty when none.</param>
/// <param name="IsBoilerplate">The item is an opening or introduction sentence, or describes, requests or instructs without a finding.</param>
/// <param name="UncoveredClauses">Factor clauses ("based on X and Y") that matched no ground, verbatim.</param>
/// <param name="OtherText">The officer's free text after an "Other:" label, when the item is that line.</param>
public sealed record ItemMatch(IReadOnlyList<GroundHit> Grounds, bool IsBoilerplate, IReadOnlyList<string> UncoveredClauses, string? OtherText)
{
    /// <summary>Two grounds competed for the same words of this item with close scores: a person should check which one it is.</summary>
    public bool Ambiguous => Grounds.Any(g => g.Ambiguous);
}

/// <summary>One ground found in an item, with a 0..1 score and where in the item's text it stands.</summary>
/// <param name="NeedsContext">Found only by a factor phrasing: it counts only where will-not-leave is found too.</param>
/// <param name="MatchedWords">The words of the item that matched, one per phrasing part, as the item spells them.</param>
/// <param name="Ambiguous">Another ground claimed the same words with a score close to this one's.</param>
/// <param name="CompetingGroundId">That other ground, when <paramref name="Ambiguous"/>.</param>
public sealed record GroundHit(string GroundId, double Score, int Start, int End, bool NeedsContext = false,
    IReadOnlyList<string>? MatchedWords = null, bool Ambiguous = false, string? CompetingGroundId = null);

/// <summary>
/// Matches reason items to catalogue grounds by approximate search of each phrasing's parts in the
/// item's <see cref="Skeleton"/>. A part is either literal words or a named concept (any of its
/// synonyms); a phrasing made of concepts must be found within one sentence. Where two grounds claim
/// the same words, the longer evidence wins, and a close call is marked ambiguous.
/// </summary>
public sealed partial class GroundMatcher
{
    // A class, not a record: parts are cache keys, and identity is both right and cheaper than hashing the name.
    private sealed class CompiledPart(string name, ApproximatePattern[] alternatives, bool isConcept)
    {
        public string Name { get; } = name;
        public ApproximatePattern[] Alternatives { get; } = alternatives;
        public bool IsConcept { get; } = isConcept;
    }

    private sealed record CompiledPhrasing(string GroundId, CompiledPart[] Parts, int Length, bool NeedsContext)
    {
        public bool UsesConcepts { get; } = Parts.Any(p => p.IsConcept);
    }

    /// <param name="Claims">The spans this ground takes from others: all but the finding verbs, which one sentence
    /// may share between grounds ("I am not satisfied that you have the funds or that you will leave ...").</param>
    private sealed record Candidate(CompiledPhrasing Phrasing, double Score, double Weight, (int Start, int End)[] Spans, (int Start, int End)[] Claims);

    private const int MaxGapBetweenParts = 70;

    // Below this ratio of weights the losing ground is not a real competitor (a factor noun phrase inside a
    // longer funds sentence); above it, the words could mean either and the reading is a guess.
    private const double AmbiguityRatio = 0.85;

    private readonly CompiledPhrasing[] _phrasings;
    private readonly CompiledPhrasing[] _boilerplate;
    private readonly CompiledPhrasing[] _notFindings;
    private readonly CompiledPart[] _findings;
    private readonly CompiledPart[] _conditions;
    private readonly IReadOnlyList<GroundPrecedence> _precedence;
    private readonly CompiledPart[] _scopes;
    private readonly (string Ground, CompiledPart Context)[] _requirements;
    private readonly string[] _otherMarkers;
    private readonly GroundsCatalogue _catalogue;

    public GroundMatcher(GroundsCatalogue catalogue)
    {
        var concepts = new Dictionary<string, CompiledPart>(StringComparer.Ordinal);
        CompiledPart PartOf(string text)
        {
            if (!text.StartsWith(ConceptDefinition.Marker, StringComparison.Ordinal))
                return new CompiledPart(text, [ApproximatePattern.ForPhrase(text)], false);
            var name = text[1..];
            if (!concepts.TryGetValue(name, out var part))
            {
                var synonyms = catalogue.Concepts[name].Synonyms.DistinctBy(w => Skeleton.Of(w).Value, StringComparer.Ordinal);
                concepts[name] = part = new CompiledPart(name, synonyms.Select(ApproximatePattern.ForPhrase).ToArray(), true);
            }
            return part;
        }
        CompiledPhrasing Compile(string groundId, IReadOnlyList<string> parts, bool needsContext)
        {
            var compiled = parts.Select(PartOf).ToArray();
            return new CompiledPhrasing(groundId, compiled, compiled.Sum(p => p.Alternatives.Max(a => a.Pattern.Length)), needsContext);
        }

        _phrasings = catalogue.Grounds
            .SelectMany(g => g.Phrasings.Select(p => Compile(g.Id, p, needsContext: false))
                .Concat(g.FactorPhrasings.Select(p => Compile(g.Id, p, needsContext: true))))
            .ToArray();
        _boilerplate = catalogue.Boilerplate.Select(p => Compile("", p, needsContext: false)).ToArray();
        _notFindings = catalogue.Context.NotFindings.Select(p => Compile("", p, needsContext: false)).ToArray();
        _findings = catalogue.Context.Findings.Select(PartOf).ToArray();
        _conditions = catalogue.Context.Conditions.Select(PartOf).ToArray();
        _precedence = catalogue.Context.Precedence;
        _scopes = catalogue.Context.Scopes.Select(PartOf).ToArray();
        _requirements = catalogue.Context.Requirements.Select(r => (r.Ground, PartOf(r.Context))).ToArray();
        _otherMarkers = catalogue.OtherMarkers.Select(LatinFolding.Fold).ToArray();
        _catalogue = catalogue;
    }

    /// <summary>The ground a factor belongs to (will-not-leave for its factors), or null for a ground of its own.</summary>
    public string? ParentOf(string groundId) => _catalogue[groundId].ParentId;

    /// <summary>
    /// Whether two places of a text stand in one sentence, as this matcher cuts sentences (<see cref="SentenceEnd"/>):
    /// no sentence ends between them.
    /// </summary>
    public static bool InOneSentence(string text, int first, int second)
    {
        var (from, to) = first <= second ? (first, second) : (second, first);
        foreach (Match end in SentenceEnd().Matches(text))
        {
            if (end.Index >= from && end.Index < to)
                return false;
        }
        return true;
    }

    /// <summary>Whether the text states what a category requires (see <see cref="MatchingContext.Conditions"/>).</summary>
    public bool StatesACondition(string text)
    {
        var item = new ItemText(text);
        return _conditions.Any(c => item.Find(c) is not null);
    }

    /// <summary>
    /// Whether the text says the officer was unsatisfied or something fell short (the context's finding words),
    /// whatever ground it is about: a failed condition of a category, stated without naming the category.
    /// </summary>
    public bool StatesAFinding(string text)
    {
        var item = new ItemText(text);
        return _findings.Any(f => item.Find(f) is not null);
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

        var item = new ItemText(text);

        // Context first: a sentence that describes what officers weigh, requests a document or states the
        // duty to leave, and nowhere says the officer was unsatisfied or something fell short, is no finding
        // even when it names every factor.
        if (_notFindings.Select(p => TryMatch(p, item)).FirstOrDefault(c => c is not null) is { } notFinding && !StatesAFindingOutside(notFinding, item))
            return new ItemMatch([], true, [], null);

        var candidates = new List<Candidate>();
        foreach (var phrasing in _phrasings.Concat(_boilerplate))
        {
            if (TryMatch(phrasing, item) is { } hit)
                candidates.Add(hit);
        }

        // A ground named by a loose word ("misrepresent") counts only with its finding's context in the item; and
        // what a notice denies ("this is not a finding of inadmissibility for misrepresentation") or a description
        // lists ("an officer may look at ties, status, employment") is no finding.
        candidates.RemoveAll(c => c.Phrasing.GroundId.Length > 0
            && (_requirements.Any(r => r.Ground == c.Phrasing.GroundId && item.Find(r.Context) is null) || IsInScope(c, item)));

        // A ground that reads another's words as part of its own (an eligibility condition found insufficient
        // is not a missing document) takes them before the longest-evidence rule can give them away.
        var named = candidates.Select(c => c.Phrasing.GroundId).ToHashSet(StringComparer.Ordinal);
        candidates.RemoveAll(c => _precedence.Any(p => p.Over == c.Phrasing.GroundId && named.Contains(p.Ground)));

        // Longest evidence first; a ground whose words are already claimed by another ground is dropped.
        // Boilerplate takes part under the empty id, so that "you must otherwise leave Canada" (a closing
        // instruction) claims its words before "will leave Canada" can.
        var accepted = new List<(Candidate Best, bool NeedsContext, string? Competitor)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Weight))
        {
            var groundId = candidate.Phrasing.GroundId;
            var existing = accepted.FindIndex(a => a.Best.Phrasing.GroundId == groundId);
            if (existing >= 0)
            {
                // The same ground also named by a phrasing that stands on its own: it no longer needs context.
                if (accepted[existing].NeedsContext && !candidate.Phrasing.NeedsContext)
                    accepted[existing] = accepted[existing] with { NeedsContext = false };
                continue;
            }
            var winner = accepted.FindIndex(a => a.Best.Phrasing.GroundId != groundId && Overlaps(a.Best.Claims, candidate.Claims));
            if (winner < 0)
            {
                accepted.Add((candidate, candidate.Phrasing.NeedsContext, null));
                continue;
            }
            var rival = accepted[winner];
            if (groundId.Length > 0 && rival.Best.Phrasing.GroundId.Length > 0 && rival.Competitor is null
                && candidate.Weight >= AmbiguityRatio * rival.Best.Weight && !accepted.Any(a => a.Best.Phrasing.GroundId == groundId))
            {
                accepted[winner] = rival with { Competitor = groundId };
            }
        }

        var grounds = accepted
            .Where(a => a.Best.Phrasing.GroundId.Length > 0)
            .Select(a => new GroundHit(a.Best.Phrasing.GroundId, a.Best.Score,
                item.Skeleton.SourceIndex[a.Best.Spans.Min(s => s.Start)], item.Skeleton.SourceIndex[a.Best.Spans.Max(s => s.End) - 1] + 1,
                a.NeedsContext, a.Best.Spans.Select(item.SourceText).ToArray(), a.Competitor is not null, a.Competitor))
            .OrderBy(h => h.Start)
            .ToList();
        var isBoilerplate = grounds.Count == 0 && candidates.Any(c => c.Phrasing.GroundId.Length == 0);
        // Only the will-not-leave finding lists factors after "based on"; elsewhere "compte tenu des
        // renseignements" just means "given the details".
        var uncovered = grounds.Any(g => g.GroundId == "will-not-leave") ? UncoveredFactorClauses(text, grounds) : [];
        return new ItemMatch(grounds, isBoilerplate, uncovered, null);
    }

    /// <summary>
    /// Every word the candidate claims stands in the stretch a scope opens: from the scope's words ("not a finding of",
    /// "an officer may look at") to the end of its sentence or the next finding word, whichever comes first, so
    /// that "... (immigration status, employment, family). After review, I am not satisfied ..." keeps the finding
    /// even where OCR lost the full stop between them.
    /// </summary>
    private bool IsInScope(Candidate candidate, ItemText item)
    {
        foreach (var scope in _scopes)
        {
            if (item.Find(scope) is not { } hit)
                continue;
            var end = item.Sentences.First(s => s.End > hit.Start).End;
            foreach (var finding in _findings)
            {
                if (hit.End < end && item.Find(finding, hit.End, end) is { } next)
                    end = Math.Min(end, next.Start);
            }
            // The words the ground claims, not a finding verb it shares with the sentence after the scope.
            if (candidate.Claims.All(s => s.Start >= hit.End && s.End <= end))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a finding word stands outside the words of a non-finding: "this decision does not change it" holds
    /// "does not" as part of saying the status is unaffected, which makes it no shortfall.
    /// </summary>
    private bool StatesAFindingOutside(Candidate notFinding, ItemText item)
    {
        var start = notFinding.Spans.Min(s => s.Start);
        var end = notFinding.Spans.Max(s => s.End);
        return _findings.Any(f => (start > 0 && item.Find(f, 0, start) is not null)
            || (end < item.Skeleton.Length && item.Find(f, end, item.Skeleton.Length) is not null));
    }

    private Candidate? TryMatch(CompiledPhrasing phrasing, ItemText item)
    {
        if (!phrasing.UsesConcepts)
            return TryMatchIn(phrasing, item, 0, item.Skeleton.Length);
        // Concepts are loose words ("leave", "stay"), so they must meet within one sentence; a phrasing of one
        // part has no partner to meet and is looked for in the whole item.
        if (phrasing.Parts.Length == 1 || item.Sentences.Count == 1)
            return TryMatchIn(phrasing, item, 0, item.Skeleton.Length);
        // A concept missing from the whole item is missing from each of its sentences: most phrasings stop here.
        foreach (var part in phrasing.Parts)
        {
            if (item.Find(part) is null)
                return null;
        }
        Candidate? best = null;
        foreach (var (start, end) in item.Sentences)
        {
            if (TryMatchIn(phrasing, item, start, end) is { } hit && (best is null || hit.Weight > best.Weight))
                best = hit;
        }
        return best;
    }

    private Candidate? TryMatchIn(CompiledPhrasing phrasing, ItemText item, int start, int end)
    {
        var spans = new (int, int)[phrasing.Parts.Length];
        var score = 1.0;
        var length = 0;
        for (var i = 0; i < phrasing.Parts.Length; i++)
        {
            if (item.Find(phrasing.Parts[i], start, end) is not { } hit)
                return null;
            spans[i] = (hit.Start, hit.End);
            score = Math.Min(score, hit.Score);
            length += hit.End - hit.Start;
        }
        // The parts of one phrasing belong to one statement: within a few words of each other, not
        // "employment" at one end of a long sentence and "prospects" at the other. A finding verb governs its
        // whole sentence ("You have not provided sufficient evidence that your spouse is employed in an occupation
        // that falls within TEER 0 to 3"), so it is not held to that distance; the sentence bounds it.
        var claims = spans.Where((_, i) => !_findings.Contains(phrasing.Parts[i])).ToArray();
        var bound = claims.Length < spans.Length ? claims : spans;
        var boundLength = bound.Sum(s => s.Item2 - s.Item1);
        if (bound.Length > 1 && bound.Max(s => s.Item2) - bound.Min(s => s.Item1) > boundLength + MaxGapBetweenParts)
            return null;
        return new Candidate(phrasing, score, length * score, spans, claims.Length > 0 ? claims : spans);
    }

    /// <summary>
    /// One item's text, its skeleton, its sentences (as skeleton ranges) and the best hit of every part in
    /// every range, computed once: concepts are shared by many phrasings.
    /// </summary>
    private sealed class ItemText
    {
        private readonly string _text;
        private readonly Dictionary<(CompiledPart, int, int), ApproximateHit?> _hits = new();
        private List<(int Start, int End)>? _sentences;

        // One delegate for the item, not one per search.
        private readonly Func<int, bool> _startsWord;

        public ItemText(string text)
        {
            _text = text;
            Skeleton = Skeleton.Of(text);
            _startsWord = Skeleton.StartsWord;
        }

        public Skeleton Skeleton { get; }

        // Every phrasing's parts are looked for in this one text: its trigrams rule most of them out at once.
        private TrigramSet Trigrams => _trigrams ??= TrigramSet.Of(Skeleton.Value);
        private TrigramSet? _trigrams;

        public IReadOnlyList<(int Start, int End)> Sentences => _sentences ??= SplitSentences();

        public ApproximateHit? Find(CompiledPart part) => Find(part, 0, Skeleton.Length);

        public ApproximateHit? Find(CompiledPart part, int start, int end)
        {
            var whole = start == 0 && end == Skeleton.Length;
            // Literal words belong to one phrasing and are looked for once; only concepts are shared and worth keeping.
            if (!part.IsConcept && whole)
                return part.Alternatives[0].FindIn(Skeleton.Value, _startsWord, Trigrams);
            if (_hits.TryGetValue((part, start, end), out var cached))
                return cached;
            var range = whole ? Skeleton.Value : Skeleton.Value[start..end];
            Func<int, bool> startsWord = whole ? _startsWord : i => Skeleton.StartsWord(i + start);
            ApproximateHit? best = null;
            foreach (var alternative in part.Alternatives)
            {
                // The best synonym is the closest one, and among equals the longest: more of the item explained.
                if (alternative.FindIn(range, startsWord, Trigrams) is { } hit && (best is not { } b || hit.Score > b.Score
                    || (hit.Score == b.Score && hit.End - hit.Start > b.End - b.Start)))
                {
                    best = hit;
                }
            }
            var found = best is { } h ? h with { Start = h.Start + start, End = h.End + start } : (ApproximateHit?)null;
            _hits[(part, start, end)] = found;
            return found;
        }

        public string SourceText((int Start, int End) span) =>
            _text[Skeleton.SourceIndex[span.Start]..(Skeleton.SourceIndex[span.End - 1] + 1)];

        private List<(int Start, int End)> SplitSentences()
        {
            var sentences = new List<(int, int)>();
            var start = 0;
            foreach (Match end in SentenceEnd().Matches(_text))
            {
                var boundary = FirstSkeletonIndexAtOrAfter(end.Index + end.Length);
                if (boundary > start)
                    sentences.Add((start, boundary));
                start = boundary;
            }
            if (start < Skeleton.Length)
                sentences.Add((start, Skeleton.Length));
            return sentences;
        }

        private int FirstSkeletonIndexAtOrAfter(int sourceIndex)
        {
            var index = Array.BinarySearch(Skeleton.SourceIndex, sourceIndex);
            return index >= 0 ? index : ~index;
        }
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
        var item = new ItemText(text);
        return _boilerplate.Any(b => TryMatch(b, item) is not null);
    }

    // A sentence ends at a full stop, question or exclamation mark followed by a space and a capital or an
    // opening bracket; "R200(1)(b)." and "e.g." inside a sentence are rarely followed by a capital.
    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}(«""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*(,|;|\band\b|\bas well as\b|\bet\b|\bainsi que\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FactorSeparator();

    [GeneratedRegex(@"^\s*(your|the|his|her|their|my|a|an|lack of|limited|insufficient|weak|vos|votre|vo|la|le|les|l'|l’|des|du|de vos|de votre|de la|de l'|son|sa|ses|leur|leurs|l'absence|insuffisance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FactorOpening();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordCount();
}
