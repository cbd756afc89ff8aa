using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Notes;

/// <summary>The files of a batch that make one report: a refusal letter and the GCMS printouts of its application, or one file alone.</summary>
public sealed record ReportGroup(IReadOnlyList<string> FileNames, LetterReport Report);

/// <summary>
/// Joins, within a batch, each refusal letter with the GCMS printouts of the same application (same
/// application number, or else same UCI): the merged report is the letter's, its grounds untouched,
/// with the printouts' concerns added under the ground each supports in that letter. Concerns never
/// add a ground. Every other file stays a group of its own, in input order.
/// </summary>
public static class LetterNotesPairing
{
    public static IReadOnlyList<ReportGroup> Pair(IReadOnlyList<(string FileName, LetterReport Report)> reports, ConcernsCatalogue catalogue)
    {
        var letters = Enumerable.Range(0, reports.Count).Where(i => IsKind(reports[i].Report, DocumentKind.RefusalLetter)).ToList();
        var joinedTo = new Dictionary<int, int>();
        foreach (var i in Enumerable.Range(0, reports.Count).Where(i => IsKind(reports[i].Report, DocumentKind.GcmsNotes)))
        {
            var notes = ((RefusalReport)reports[i].Report).Letter;
            // The application number names one application; a UCI names a person who may have several.
            var match = letters.FirstOrDefault(l => SameApplication(((RefusalReport)reports[l].Report).Letter, notes), -1);
            if (match < 0)
                match = letters.FirstOrDefault(l => SamePerson(((RefusalReport)reports[l].Report).Letter, notes), -1);
            if (match >= 0)
                joinedTo[i] = match;
        }

        var groups = new List<ReportGroup>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (joinedTo.ContainsKey(i))
                continue;
            var printouts = joinedTo.Where(j => j.Value == i).Select(j => j.Key).Order().ToList();
            if (printouts.Count == 0)
            {
                groups.Add(new ReportGroup([reports[i].FileName], reports[i].Report));
                continue;
            }
            var letter = (RefusalReport)reports[i].Report;
            var concerns = letter.Concerns.Concat(printouts.SelectMany(p => ((RefusalReport)reports[p].Report).Concerns));
            groups.Add(new ReportGroup([reports[i].FileName, .. printouts.Select(p => reports[p].FileName)],
                letter with { Concerns = Merge(concerns, GroundIds(letter), catalogue) }));
        }
        return groups;
    }

    private static bool IsKind(LetterReport report, DocumentKind kind) => report is RefusalReport r && r.DocumentKind == kind;

    private static bool SameApplication(LetterFacts a, LetterFacts b) =>
        Key(a.ApplicationNumber) is { } x && x == Key(b.ApplicationNumber);

    private static bool SamePerson(LetterFacts a, LetterFacts b) =>
        Digits(a.Uci) is { } x && x == Digits(b.Uci);

    private static string? Key(string? applicationNumber) =>
        string.IsNullOrWhiteSpace(applicationNumber) ? null : new string(applicationNumber.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    private static string? Digits(string? uci) =>
        uci is null ? null : new string(uci.Where(char.IsDigit).ToArray()) is { Length: >= 8 } d ? d : null;

    private static HashSet<string> GroundIds(RefusalReport letter) =>
        letter.Findings.SelectMany(f => f.Factors.Select(x => x.GroundId).Prepend(f.GroundId)).ToHashSet(StringComparer.Ordinal);

    // Under the letter's grounds a concern may support another of the grounds it fits; the same concern
    // from the letter's own notes and from the printout is shown once.
    private static List<Concern> Merge(IEnumerable<Concern> concerns, HashSet<string> groundIds, ConcernsCatalogue catalogue)
    {
        var merged = new List<Concern>();
        foreach (var concern in concerns)
        {
            var regrounded = catalogue.Contains(concern.ConcernId)
                ? concern with { GroundId = catalogue.GroundFor(concern.ConcernId, groundIds) }
                : concern;
            var duplicate = merged.Any(m => m.ConcernId == regrounded.ConcernId
                && (m.ConcernId != ConcernsCatalogue.OtherId || m.Quote == regrounded.Quote));
            if (!duplicate)
                merged.Add(regrounded);
        }
        return merged;
    }
}
