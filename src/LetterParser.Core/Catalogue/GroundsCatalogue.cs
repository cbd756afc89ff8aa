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
        IReadOnlyDictionary<string, NextStepText> nextSteps, string truthfulnessWarning)
    {
        Version = version;
        LastVerified = lastVerified;
        Disclaimer = disclaimer;
        Grounds = grounds;
        Boilerplate = boilerplate;
        OtherMarkers = otherMarkers;
        Categories = categories;
        NextSteps = nextSteps;
        TruthfulnessWarning = truthfulnessWarning;
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
    public IReadOnlyDictionary<string, NextStepText> NextSteps { get; }
    public string TruthfulnessWarning { get; }

    public GroundDefinition this[string id] => _byId[id];

    public bool Contains(string id) => _byId.ContainsKey(id);

    private static readonly Lazy<GroundsCatalogue> Embedded = new(LoadEmbedded);

    /// <summary>The catalogue shipped inside LetterParser.Core.</summary>
    public static GroundsCatalogue Default => Embedded.Value;

    private static GroundsCatalogue LoadEmbedded()
    {
        using var grounds = CatalogueJson.Open("grounds.json");
        using var explanations = CatalogueJson.Open("explanations.json");
        return Load(grounds, explanations);
    }

    /// <summary>Loads a catalogue from its two files; every ground must be both recognisable and explained.</summary>
    public static GroundsCatalogue Load(Stream groundsJson, Stream explanationsJson)
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
            var parent = id.StartsWith("will-not-leave.", StringComparison.Ordinal) ? "will-not-leave" : null;
            grounds.Add(new GroundDefinition(id, parent, text.Title, text.Regulation, entry?.Phrasings ?? [], entry?.FactorPhrasings ?? [],
                text.Explanation, text.HowToAddress, text.Evidence));
        }
        var nextSteps = texts.NextSteps.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new GroundsCatalogue(texts.Version, DateOnly.Parse(texts.LastVerified, System.Globalization.CultureInfo.InvariantCulture),
            texts.Disclaimer, grounds, matching.Boilerplate, matching.OtherMarkers, matching.Categories, nextSteps, texts.TruthfulnessWarning);
    }

    private sealed record GroundsFile(List<GroundPhrasings> Grounds, List<List<string>> Boilerplate, List<string> OtherMarkers, List<CategoryDefinition> Categories);

    private sealed record GroundPhrasings(string Id, List<List<string>> Phrasings, List<List<string>>? FactorPhrasings);

    private sealed record ExplanationsFile(string Version, string LastVerified, string Disclaimer,
        Dictionary<string, GroundText> Grounds, Dictionary<string, NextStepText> NextSteps, string TruthfulnessWarning);

    private sealed record GroundText(string Title, string? Regulation, string Explanation, List<string> HowToAddress, List<string> Evidence);
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
    IReadOnlyList<string> Evidence);

/// <summary>An LMIA-exempt category a category-eligibility refusal may name.</summary>
public sealed record CategoryDefinition(string Name, IReadOnlyList<string> Patterns);

/// <summary>Texts of one next step; variants apply in the situations their names say.</summary>
public sealed record NextStepText(
    string Title,
    string Summary,
    string? SummaryWhenNotesAttached = null,
    string? SummaryAfterMisrepresentation = null,
    string? SummaryWhenPassed = null);
