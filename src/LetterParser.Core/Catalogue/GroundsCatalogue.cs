using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterParser.Core.Catalogue;

/// <summary>
/// The grounds catalogue: how each ground is recognised (grounds.json) and explained (explanations.json).
/// Both files are data embedded in this assembly; a clinic adds a ground or a phrasing by editing them.
/// </summary>
public sealed class GroundsCatalogue
{
    private readonly Dictionary<string, GroundDefinition> _byId;

    private GroundsCatalogue(string version, DateOnly lastVerified, string disclaimer, IReadOnlyList<GroundDefinition> grounds,
        IReadOnlyList<IReadOnlyList<string>> boilerplate, IReadOnlyList<string> otherMarkers, IReadOnlyList<CategoryDefinition> categories,
        IReadOnlyDictionary<string, NextStepText> nextSteps, IReadOnlyDictionary<string, string> warnings,
        IReadOnlyDictionary<string, ConceptDefinition> concepts, MatchingContext context)
    {
        Concepts = concepts;
        Context = context;
        Version = version;
        LastVerified = lastVerified;
        Disclaimer = disclaimer;
        Grounds = grounds;
        Boilerplate = boilerplate;
        OtherMarkers = otherMarkers;
        Categories = categories;
        NextSteps = nextSteps;
        Warnings = warnings;
        _byId = grounds.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public string Version { get; }
    public DateOnly LastVerified { get; }
    public string Disclaimer { get; }
    public IReadOnlyList<GroundDefinition> Grounds { get; }

    /// <summary>Sentences every letter has (openings, introductions) that are not grounds.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Boilerplate { get; }

    /// <summary>Labels of the officer's free-text line ("Other:").</summary>
    public IReadOnlyList<string> OtherMarkers { get; }

    public IReadOnlyList<CategoryDefinition> Categories { get; }

    /// <summary>Named lists of synonyms that phrasings refer to as "@name".</summary>
    public IReadOnlyDictionary<string, ConceptDefinition> Concepts { get; }

    /// <summary>How the words around a reason decide what it is (descriptions, requests, precedence).</summary>
    public MatchingContext Context { get; }
    public IReadOnlyDictionary<string, NextStepText> NextSteps { get; }
    /// <summary>Warning texts by code; "{page}" stands for a page number.</summary>
    public IReadOnlyDictionary<string, string> Warnings { get; }

    /// <summary>The warning of that code, with its page filled in.</summary>
    public string Warning(string code, int? page = null) =>
        page is { } p ? Warnings[code].Replace("{page}", p.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : Warnings[code];

    public GroundDefinition this[string id] => _byId[id];

    /// <summary>Reads the catalogue shipped inside LetterParser.Core.</summary>
    public static GroundsCatalogue LoadEmbedded()
    {
        using var grounds = CatalogueJson.Open("grounds.json");
        using var explanations = CatalogueJson.Open("explanations.json");
        using var messages = CatalogueJson.Open("messages.json");
        return Load(grounds, explanations, messages);
    }

    /// <summary>
    /// Loads a catalogue from its files; every ground must be both recognisable and explained. The warnings are the
    /// English sentences of messages.json, the one place they are written in both languages.
    /// </summary>
    public static GroundsCatalogue Load(Stream groundsJson, Stream explanationsJson, Stream? messagesJson = null)
    {
        var matching = JsonSerializer.Deserialize<GroundsFile>(groundsJson, CatalogueJson.Options)
            ?? throw new InvalidDataException("grounds.json is empty.");
        var texts = JsonSerializer.Deserialize<ExplanationsFile>(explanationsJson, CatalogueJson.Options)
            ?? throw new InvalidDataException("explanations.json is empty.");

        var ids = matching.Grounds.Select(g => g.Id).Append("other");
        var grounds = new List<GroundDefinition>();
        foreach (var id in ids)
        {
            if (!texts.Grounds.TryGetValue(id, out var text))
                throw new InvalidDataException($"Ground '{id}' has no explanation in explanations.json.");
            var entry = matching.Grounds.FirstOrDefault(g => g.Id == id);
            if (text.Parent is not null && !texts.Grounds.ContainsKey(text.Parent))
                throw new InvalidDataException($"Ground '{id}' names a parent '{text.Parent}' that is not in explanations.json.");
            grounds.Add(new GroundDefinition(id, text.Parent, text.Title, text.Regulation, entry?.Phrasings ?? [], entry?.FactorPhrasings ?? [],
                text.Explanation, text.HowToAddress, text.Evidence, text.RegulationByPermit ?? []));
        }
        var nextSteps = texts.NextSteps.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var concepts = (matching.Concepts ?? []).ToDictionary(p => p.Key,
            p => new ConceptDefinition(p.Key, p.Value.Teaches, p.Value.En ?? [], p.Value.Fr ?? []), StringComparer.Ordinal);
        var context = matching.Context ?? new MatchingContext([], [], []);
        var phrasings = grounds.SelectMany(g => g.Phrasings.Concat(g.FactorPhrasings)).Concat(matching.Boilerplate).Concat(context.NotFindings)
            .Append(context.Findings).Append(context.Scopes).Append(context.Conditions).Append(context.Requirements.Select(r => r.Context).ToList());
        foreach (var part in phrasings.SelectMany(p => p))
        {
            if (part.StartsWith(ConceptDefinition.Marker) && !concepts.ContainsKey(part[1..]))
                throw new InvalidDataException($"The phrasing part '{part}' names a concept grounds.json does not define.");
        }
        foreach (var id in context.Requirements.Select(r => r.Ground).Concat(context.Precedence.SelectMany(p => new[] { p.Ground, p.Over })))
        {
            if (!grounds.Any(g => g.Id == id))
                throw new InvalidDataException($"A context rule of grounds.json names a ground '{id}' the catalogue does not define.");
        }
        var messages = messagesJson is null ? null : JsonSerializer.Deserialize<MessagesFile>(messagesJson, CatalogueJson.Options);
        var warnings = (messages?.Warnings ?? []).Concat(messages?.LanguageNotes ?? [])
            .ToDictionary(p => p.Key, p => p.Value["en"], StringComparer.Ordinal);
        return new GroundsCatalogue(texts.Version, DateOnly.Parse(texts.LastVerified, System.Globalization.CultureInfo.InvariantCulture),
            texts.Disclaimer, grounds, matching.Boilerplate, matching.OtherMarkers, matching.Categories, nextSteps, warnings,
            concepts, context);
    }

    private sealed record GroundsFile(List<GroundPhrasings> Grounds, List<List<string>> Boilerplate, List<string> OtherMarkers, List<CategoryDefinition> Categories,
        Dictionary<string, ConceptFile>? Concepts, MatchingContext? Context);

    private sealed record ConceptFile(string Teaches, List<string>? En, List<string>? Fr);

    private sealed record GroundPhrasings(string Id, List<List<string>> Phrasings, List<List<string>>? FactorPhrasings);

    private sealed record ExplanationsFile(string Version, string LastVerified, string Disclaimer,
        Dictionary<string, GroundText> Grounds, Dictionary<string, NextStepText> NextSteps);

    private sealed record MessagesFile(Dictionary<string, Dictionary<string, string>>? Warnings, Dictionary<string, Dictionary<string, string>>? LanguageNotes);

    private sealed record GroundText(string Title, string? Parent, string? Regulation, Dictionary<string, string>? RegulationByPermit,
        string Explanation, List<string> HowToAddress, List<string> Evidence);
}

/// <summary>One ground: its id, the umbrella it belongs to (factors of will-not-leave), how it reads and what to tell.</summary>
/// <param name="FactorPhrasings">Phrasings that name this factor only where the will-not-leave finding is made.</param>
public sealed record GroundDefinition(
    string Id,
    string? ParentId,
    string Title,
    string? Regulation,
    IReadOnlyList<IReadOnlyList<string>> Phrasings,
    IReadOnlyList<IReadOnlyList<string>> FactorPhrasings,
    string Explanation,
    IReadOnlyList<string> HowToAddress,
    IReadOnlyList<string> Evidence,
    IReadOnlyDictionary<string, string> RegulationByPermit)
{
    /// <summary>
    /// The provision the ground rests on when the letter cites none: the leave-Canada and funds findings rest on
    /// a different paragraph for each kind of permit (R200 work, R216 and R220 study, R179 visitor).
    /// </summary>
    /// <param name="permit">The permit's kebab-case name, as in the report (work-permit, study-permit, visitor-visa).</param>
    public string? RegulationFor(string permit) => RegulationByPermit.TryGetValue(permit, out var regulation) ? regulation : Regulation;
}

/// <summary>A named concept: the synonyms, in English and French, of one meaning-bearing word of a ground.</summary>
/// <param name="Teaches">The pattern the concept teaches, so that each synonym has a reason to be there.</param>
public sealed record ConceptDefinition(string Name, string Teaches, IReadOnlyList<string> En, IReadOnlyList<string> Fr)
{
    /// <summary>A phrasing part that starts with this names a concept.</summary>
    public const string Marker = "@";

    /// <summary>Every synonym, templates expanded (see <see cref="SynonymTemplate"/>).</summary>
    public IEnumerable<string> Synonyms => En.Concat(Fr).SelectMany(SynonymTemplate.Expand);
}

/// <summary>How the words around a reason decide what it is.</summary>
/// <param name="NotFindings">Phrasings of items that describe, request or instruct: unless one of <paramref name="Findings"/> occurs, they state no ground.</param>
/// <param name="Findings">Parts whose presence makes an item a finding (doubt, shortfall).</param>
/// <param name="Precedence">Where both grounds occur in one item, the first is the reason and the second only part of its wording.</param>
/// <param name="Scopes">Parts after which, to the sentence's end or the next finding word, what is named is denied or described, not
/// found ("this is not a finding of inadmissibility", "an officer may look at ties, status, employment").</param>
/// <param name="Requirements">Grounds that count only where their finding's context stands in the same item.</param>
/// <param name="Conditions">Parts whose presence makes a sentence a statement of what a category requires ("must",
/// "may be issued to", "pour être admissible"): in a category refusal, such a sentence belongs to that finding.</param>
public sealed record MatchingContext(IReadOnlyList<IReadOnlyList<string>> NotFindings, IReadOnlyList<string> Findings, IReadOnlyList<GroundPrecedence> Precedence,
    IReadOnlyList<string>? Scopes = null, IReadOnlyList<GroundRequirement>? Requirements = null, IReadOnlyList<string>? Conditions = null)
{
    public IReadOnlyList<string> Scopes { get; init; } = Scopes ?? [];
    public IReadOnlyList<GroundRequirement> Requirements { get; init; } = Requirements ?? [];
    public IReadOnlyList<string> Conditions { get; init; } = Conditions ?? [];
}

/// <param name="Context">A part (words or a concept) that must occur in the item for the ground to count.</param>
/// <param name="Teaches">Why the ground's own words are not enough.</param>
public sealed record GroundRequirement(string Ground, string Context, string Teaches);

/// <param name="Teaches">Why the one ground reads the other's words.</param>
public sealed record GroundPrecedence(string Ground, string Over, string Teaches);

/// <summary>An LMIA-exempt category a category-eligibility refusal may name.</summary>
public sealed record CategoryDefinition(string Name, IReadOnlyList<string> Patterns);

/// <summary>Texts of one next step; variants apply in the situations their names say.</summary>
public sealed record NextStepText(
    string Title,
    string Summary,
    string? SummaryWhenNotesAttached = null,
    string? SummaryAfterMisrepresentation = null,
    string? SummaryWhenPassed = null,
    string? SummaryWhenUnavailable = null);
