namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// The order a clinic works through a batch in, shared by the CLI and the web service's batch table.
/// <list type="number">
/// <item>Error reports first: a letter we could not read has an unknown deadline that may be only 15 days away,
/// so a person has to open it by hand, and fixing it (a better scan, no password) is quick.</item>
/// <item>Misrepresentation findings: a five-year bar, where the judicial-review deadline matters most.</item>
/// <item>Refusals with a judicial-review deadline, fewest days left first (a passed deadline, negative days left,
/// sorts ahead of one still open: it is marked urgent and needs advice on an extension at once).</item>
/// <item>Every other refusal letter (no date found, so no deadline could be computed).</item>
/// <item>Files that read fine but are not refusal letters.</item>
/// </list>
/// Ties keep the input order, so the result is deterministic.
/// </summary>
public static class TriageOrder
{
    /// <summary>The items sorted for triage; <paramref name="reportOf"/> picks each item's report.</summary>
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, LetterReport> reportOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(reportOf);
        // OrderBy is stable, so equal keys keep the input order.
        return items
            .Select(item => (Item: item, Key: KeyOf(reportOf(item))))
            .OrderBy(x => x.Key.Group)
            .ThenBy(x => x.Key.DaysLeft)
            .ThenBy(x => x.Key.Date)
            .Select(x => x.Item)
            .ToList();
    }

    /// <summary>The reports sorted for triage.</summary>
    public static IReadOnlyList<LetterReport> Sort(IEnumerable<LetterReport> reports) => Sort(reports, r => r);

    /// <summary>True when the letter found the applicant inadmissible for misrepresentation (ground <c>misrepresentation</c>).</summary>
    public static bool HasMisrepresentation(RefusalReport report) =>
        report.Findings.Any(f => f.GroundId == MisrepresentationGroundId)
        || report.NextSteps.Any(s => s.Kind == NextStepKind.MisrepresentationBar);

    /// <summary>
    /// The judicial-review deadline that closes first, or null. When the decision location is unknown the report
    /// carries both the 15- and 60-day dates; the earlier one is the safe one to act on.
    /// </summary>
    public static Deadline? FirstJudicialReviewDeadline(RefusalReport report) =>
        report.NextSteps
            .Where(s => s.Kind == NextStepKind.JudicialReview)
            .SelectMany(s => s.Deadlines)
            .OrderBy(d => d.Date)
            .FirstOrDefault();

    internal const string MisrepresentationGroundId = "misrepresentation";

    private readonly record struct TriageKey(int Group, int DaysLeft, DateOnly Date);

    private static TriageKey KeyOf(LetterReport report)
    {
        switch (report)
        {
            case ErrorReport:
                return new TriageKey(0, 0, DateOnly.MinValue);
            case RefusalReport { IsRefusalLetter: false }:
                return new TriageKey(4, 0, DateOnly.MinValue);
            case RefusalReport refusal:
                var deadline = FirstJudicialReviewDeadline(refusal);
                // Without "today" the days left are unknown; the date alone still orders them correctly.
                var daysLeft = deadline?.DaysLeft ?? int.MaxValue;
                var date = deadline?.Date ?? DateOnly.MaxValue;
                if (HasMisrepresentation(refusal))
                    return new TriageKey(1, daysLeft, date);
                return deadline is null ? new TriageKey(3, 0, DateOnly.MaxValue) : new TriageKey(2, daysLeft, date);
            default:
                throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report));
        }
    }
}
