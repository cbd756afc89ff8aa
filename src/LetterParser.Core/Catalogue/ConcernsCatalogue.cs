using System.Text.Json;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Catalogue;

/// <summary>
/// The concern taxonomy (concerns.json): how each specific concern in an officer's notes is recognised,
/// the ground it supports, and what to tell the applicant about it, in English and French. Data embedded
/// in this assembly; a clinic adds a concern or a cue by editing the file.
/// </summary>
public sealed class ConcernsCatalogue
{
    /// <summary>The id of a concern that fits no entry of the taxonomy; it is kept word for word.</summary>
    public const string OtherId = "other";

    private readonly Dictionary<string, ConcernDefinition> _byId;

    private ConcernsCatalogue(IReadOnlyList<ConcernDefinition> concerns, IReadOnlyList<string> frame, IReadOnlyList<string> doubt,
        IReadOnlyList<string> conclusionWords, LocalizedText otherExplanation, LocalizedList otherEvidence)
    {
        ConclusionWords = conclusionWords;
        Concerns = concerns;
        Frame = frame;
        Doubt = doubt;
        OtherExplanation = otherExplanation;
        OtherEvidence = otherEvidence;
        _byId = concerns.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ConcernDefinition> Concerns { get; }

    /// <summary>Stock openings and conclusions of notes and procedural-fairness letters: never a concern.</summary>
    public IReadOnlyList<string> Frame { get; }

    /// <summary>Words of doubt: a sentence that holds one but fits no concern becomes an "other" concern.</summary>
    public IReadOnlyList<string> Doubt { get; }

    /// <summary>Words of the stock conclusion ("stay", "depart", "requirements"): a doubt about only these says nothing new.</summary>
    public IReadOnlyList<string> ConclusionWords { get; }

    public LocalizedText OtherExplanation { get; }
    public LocalizedList OtherEvidence { get; }

    public bool Contains(string id) => _byId.ContainsKey(id);

    public ConcernDefinition this[string id] => _byId[id];

    /// <summary>What the officer doubted and what answers it, for any id including <see cref="OtherId"/>.</summary>
    public string ExplanationOf(string id, ReportLanguage language) =>
        (_byId.TryGetValue(id, out var c) ? c.Explanation : OtherExplanation).In(language);

    public IReadOnlyList<string> EvidenceOf(string id, ReportLanguage language) =>
        (_byId.TryGetValue(id, out var c) ? c.Evidence : OtherEvidence).In(language);

    /// <summary>
    /// The ground a concern supports in this file: its default, unless the letter relies on one of the
    /// grounds it also fits and not on the default (a funds concern behind "personal assets and financial
    /// status" supports that factor). Null for "other".
    /// </summary>
    public string? GroundFor(string concernId, IReadOnlyCollection<string>? letterGroundIds)
    {
        if (!_byId.TryGetValue(concernId, out var concern))
            return null;
        if (letterGroundIds is null || letterGroundIds.Count == 0 || letterGroundIds.Contains(concern.Supports))
            return concern.Supports;
        return concern.AlsoFits.FirstOrDefault(letterGroundIds.Contains) ?? concern.Supports;
    }

    /// <summary>The catalogue shipped inside LetterParser.Core.</summary>
    public static ConcernsCatalogue LoadEmbedded()
    {
        using var stream = CatalogueJson.Open("concerns.json");
        return Load(stream);
    }

    /// <summary>Loads and checks a taxonomy: unique ids, every vocabulary reference known, texts in both languages.</summary>
    public static ConcernsCatalogue Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<ConcernsFile>(json, CatalogueJson.Options) ?? throw new InvalidDataException("concerns.json is empty.");
        var vocabulary = file.Vocabulary ?? [];

        List<string> Expand(IEnumerable<string>? terms, string where)
        {
            var expanded = new List<string>();
            foreach (var term in terms ?? [])
            {
                if (!term.StartsWith('@'))
                {
                    expanded.Add(term);
                    continue;
                }
                if (!vocabulary.TryGetValue(term[1..], out var list))
                    throw new InvalidDataException($"{where} refers to an unknown vocabulary list '{term}'.");
                expanded.AddRange(list);
            }
            return expanded;
        }

        var concerns = new List<ConcernDefinition>();
        foreach (var c in file.Concerns)
        {
            if (c.Id == OtherId || concerns.Any(x => x.Id == c.Id))
                throw new InvalidDataException($"Concern id '{c.Id}' is reserved or appears twice in concerns.json.");
            if (c.Cues.Count == 0)
                throw new InvalidDataException($"Concern '{c.Id}' has no cues.");
            var cues = c.Cues.Select(q => new ConcernCue(q.Name,
                q.Groups.Select(g => (IReadOnlyList<string>)Expand(g, $"{c.Id} / {q.Name}")).ToList(),
                Expand(q.Unless, $"{c.Id} / {q.Name}"), q.AcrossClauses)).ToList();
            concerns.Add(new ConcernDefinition(c.Id, c.Supports, c.AlsoFits ?? [], cues, c.YieldsTo ?? [],
                Checked(c.Explanation, c.Id), Checked(c.Evidence, c.Id)));
        }
        foreach (var c in concerns)
        {
            foreach (var y in c.YieldsTo)
            {
                if (y != "*" && !concerns.Any(x => x.Id == y))
                    throw new InvalidDataException($"Concern '{c.Id}' yields to unknown concern '{y}'.");
            }
        }

        var other = file.Other ?? throw new InvalidDataException("concerns.json has no 'other' texts.");
        return new ConcernsCatalogue(concerns, Expand(file.Frame, "frame"), Expand(vocabulary.GetValueOrDefault("doubt"), "doubt"),
            vocabulary.GetValueOrDefault("conclusion") ?? [], Checked(other.Explanation, OtherId), Checked(other.Evidence, OtherId));
    }

    private static LocalizedText Checked(LocalizedText? text, string id) =>
        text is { En.Length: > 0, Fr.Length: > 0 } ? text : throw new InvalidDataException($"Concern '{id}' needs an explanation in English and French.");

    private static LocalizedList Checked(LocalizedList? list, string id) =>
        list is { En.Count: > 0, Fr.Count: > 0 } ? list : throw new InvalidDataException($"Concern '{id}' needs an evidence list in English and French.");

    private sealed record ConcernsFile(Dictionary<string, List<string>>? Vocabulary, List<string>? Frame, List<ConcernEntry> Concerns, OtherEntry? Other);

    private sealed record ConcernEntry(string Id, string Supports, List<string>? AlsoFits, List<CueEntry> Cues, List<string>? YieldsTo,
        LocalizedText? Explanation, LocalizedList? Evidence);

    private sealed record CueEntry(string Name, List<List<string>> Groups, List<string>? Unless, bool AcrossClauses);

    private sealed record OtherEntry(LocalizedText? Explanation, LocalizedList? Evidence);
}

/// <summary>One concern of the taxonomy.</summary>
/// <param name="Supports">The ground it usually supports.</param>
/// <param name="AlsoFits">Grounds it supports instead when the letter relies on them and not on <paramref name="Supports"/>.</param>
/// <param name="YieldsTo">Concerns that win when found in the same sentence ("*": any other).</param>
public sealed record ConcernDefinition(string Id, string Supports, IReadOnlyList<string> AlsoFits, IReadOnlyList<ConcernCue> Cues,
    IReadOnlyList<string> YieldsTo, LocalizedText Explanation, LocalizedList Evidence);

/// <summary>A named pattern: every group must be found (any one of its terms), none of the unless terms.</summary>
public sealed record ConcernCue(string Name, IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<string> Unless, bool AcrossClauses);

public sealed record LocalizedText(string En, string Fr)
{
    public string In(ReportLanguage language) => language == ReportLanguage.Fr ? Fr : En;
}

public sealed record LocalizedList(IReadOnlyList<string> En, IReadOnlyList<string> Fr)
{
    public IReadOnlyList<string> In(ReportLanguage language) => language == ReportLanguage.Fr ? Fr : En;
}
