using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Notes;

/// <summary>One file of a batch after <see cref="LetterNotesPairing.Join"/>.</summary>
/// <param name="Report">The file's report: a refusal letter's with its printouts' concerns added, a joined printout's with
/// <see cref="FindingsReport.JoinedTo"/> set, any other file's unchanged.</param>
/// <param name="LetterIndex">For a joined GCMS printout, the position in the batch of the letter it was joined to.</param>
public sealed record JoinedReport(LetterReport Report, int? LetterIndex);

/// <summary>
/// Joins, within a batch, each refusal letter with the GCMS printouts of the same application, so that a clinic
/// sees one report per application: the letter's report keeps its grounds untouched and gains the printouts'
/// concerns, each under the ground it supports in that letter (concerns never add a ground). Every file keeps its
/// own row, in input order: a joined printout's report names the letter it was joined to, nothing is dropped, and
/// a printout with no letter of its application in the batch, an error, or any other file stays as it was.
/// The one join every batch front end uses (the CLI's <c>batch</c>, the web batch, its page and API).
/// </summary>
public static class LetterNotesPairing
{
    public static IReadOnlyList<JoinedReport> Join(IReadOnlyList<LetterReport> reports, ConcernsCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(catalogue);
        var letters = Enumerable.Range(0, reports.Count).Where(i => IsKind(reports[i], DocumentKind.RefusalLetter)).ToList();
        var joinedTo = new Dictionary<int, int>();
        foreach (var i in Enumerable.Range(0, reports.Count).Where(i => IsKind(reports[i], DocumentKind.GcmsNotes)))
        {
            var notes = ((FindingsReport)reports[i]).Letter;
            var match = letters.FirstOrDefault(l => SameNumber(((FindingsReport)reports[l]).Letter, notes), -1);
            if (match < 0)
                match = letters.FirstOrDefault(l => SamePersonNumberMissing(((FindingsReport)reports[l]).Letter, notes), -1);
            if (match >= 0)
                joinedTo[i] = match;
        }

        var joined = new List<JoinedReport>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            if (joinedTo.TryGetValue(i, out var letterIndex))
            {
                joined.Add(new JoinedReport(((FindingsReport)reports[i]) with { JoinedTo = reports[letterIndex].SourceFileName }, letterIndex));
                continue;
            }
            var printouts = joinedTo.Where(j => j.Value == i).Select(j => j.Key).Order().ToList();
            if (printouts.Count == 0)
            {
                joined.Add(new JoinedReport(reports[i], null));
                continue;
            }
            var letter = (FindingsReport)reports[i];
            var concerns = letter.Concerns.Concat(printouts.SelectMany(p => ((FindingsReport)reports[p]).Concerns));
            joined.Add(new JoinedReport(letter with
            {
                Concerns = Merge(concerns, GroundIds(letter), catalogue),
                JoinedNotes = printouts.Select(p => reports[p].SourceFileName).ToList(),
            }, null));
        }
        return joined;
    }

    private static bool IsKind(LetterReport report, DocumentKind kind) => report is FindingsReport r && r.DocumentKind == kind;

    private static bool SameNumber(LetterFacts letter, LetterFacts notes) =>
        Key(letter.ApplicationNumber) is { } a && a == Key(notes.ApplicationNumber);

    // The application number names one application; a UCI names a person, who may have made several. So two numbers
    // that differ never join, whatever the UCI says: the UCI decides only when one side printed no number.
    private static bool SamePersonNumberMissing(LetterFacts letter, LetterFacts notes) =>
        (Key(letter.ApplicationNumber) is null || Key(notes.ApplicationNumber) is null)
        && Digits(letter.Uci) is { } x && x == Digits(notes.Uci);

    private static string? Key(string? applicationNumber) =>
        string.IsNullOrWhiteSpace(applicationNumber) ? null : new string(applicationNumber.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    private static string? Digits(string? uci) =>
        uci is null ? null : new string(uci.Where(char.IsDigit).ToArray()) is { Length: >= 8 } d ? d : null;

    private static HashSet<string> GroundIds(FindingsReport letter) =>
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
