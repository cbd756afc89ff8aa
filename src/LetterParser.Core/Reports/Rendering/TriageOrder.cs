namespace LetterParser.Core.Reports.Rendering;

/// <summary>Where a letter stands in a clinic's queue; see <see cref="TriageOrder"/>.</summary>
public enum TriageGroup
{
    /// <summary>At least one deadline is still open: the nearest decides the place, soonest first.</summary>
    OpenDeadline,

    /// <summary>No open deadline known, and a person has to check the report (or the file could not be read at all).</summary>
    NeedsReview,

    /// <summary>Nothing to act on by a date: no deadline at all and nothing uncertain (e.g. not a refusal letter).</summary>
    Other,

    /// <summary>Every deadline has passed: only an extension from the Federal Court is left.</summary>
    DeadlinePassed,
}

/// <summary>
/// One letter's triage: its group, the deadline that puts it there, the days left counted by <see cref="DeadlineClock"/>,
/// and whether a person must check it. Every front end shows this instead of working it out again.
/// </summary>
/// <param name="Step">The next step <paramref name="Deadline"/> belongs to.</param>
/// <param name="Deadline">The nearest open deadline; for <see cref="TriageGroup.DeadlinePassed"/>, the one that passed last.</param>
public sealed record Triage(
    TriageGroup Group,
    NextStep? Step,
    Deadline? Deadline,
    int? DaysLeft,
    bool ReviewNeeded,
    bool Misrepresentation,
    bool Unreadable)
{
    /// <summary>Open and within <see cref="DeadlineClock.UrgentWithinDays"/>; never true once a deadline has passed.</summary>
    public bool Urgent => Group == TriageGroup.OpenDeadline && DeadlineClock.IsUrgent(DaysLeft);

    /// <summary>A stable code for machines (CSV, data attributes): urgent, open, needs-review, unreadable, no-deadline, deadline-passed.</summary>
    public string Code => Group switch
    {
        TriageGroup.OpenDeadline => Urgent ? "urgent" : "open",
        TriageGroup.NeedsReview => Unreadable ? "unreadable" : "needs-review",
        TriageGroup.Other => "no-deadline",
        _ => "deadline-passed",
    };

    /// <summary>The triage in words: "Urgent: 5 days left", "40 days left", "Needs review", "Deadline passed — extension only".</summary>
    public string Label(UiText text) => Group switch
    {
        TriageGroup.OpenDeadline => Urgent ? text.Format("triage.urgent", text.DaysLeft(DaysLeft)) : text.DaysLeft(DaysLeft),
        TriageGroup.NeedsReview => text[Unreadable ? "triage.error" : "triage.review"],
        TriageGroup.Other => text["triage.none"],
        _ => text["triage.passed"],
    };
}

/// <summary>
/// The order a clinic works through a batch in, shared by the CLI (CSV and JSON lines), the batch page and the API's
/// batch view:
/// <list type="number">
/// <item>Letters with an open deadline, the nearest first (urgent ones, 7 days or fewer left, come first because
/// they are nearest). Misrepresentation breaks a tie: its five-year bar makes judicial review matter most.</item>
/// <item>Letters a person must check: the report flags itself for review, the file could not be read (its deadline is
/// unknown and may be only 15 days away), or a refusal whose date was not found so no deadline could be counted.</item>
/// <item>The rest, such as files that are not refusal letters.</item>
/// <item>Letters whose deadlines have all passed, the most recently passed first: only an extension is left, so they
/// must never push an open deadline down the list.</item>
/// </list>
/// Ties keep the input order, so the result is deterministic.
/// </summary>
public static class TriageOrder
{
    /// <summary>
    /// The items sorted for triage; <paramref name="reportOf"/> picks each item's report. Days left are counted to
    /// <paramref name="today"/> when given, else as the reports were made.
    /// </summary>
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, LetterReport> reportOf, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(reportOf);
        // OrderBy is stable, so equal keys keep the input order.
        return items
            .Select(item => (Item: item, Triage: Of(reportOf(item), today)))
            .OrderBy(x => x.Triage.Group)
            // Fewest days left first; a passed deadline: the one that passed last is closest to a realistic extension.
            .ThenBy(x => x.Triage.Group switch
            {
                TriageGroup.OpenDeadline => x.Triage.DaysLeft ?? int.MaxValue,
                TriageGroup.DeadlinePassed => -(x.Triage.DaysLeft ?? int.MinValue + 1),
                _ => 0,
            })
            .ThenBy(x => x.Triage.Group switch
            {
                TriageGroup.OpenDeadline => x.Triage.Deadline!.Date.DayNumber,
                TriageGroup.DeadlinePassed => -x.Triage.Deadline!.Date.DayNumber,
                _ => 0,
            })
            .ThenBy(x => x.Triage.Misrepresentation ? 0 : 1)
            .Select(x => x.Item)
            .ToList();
    }

    /// <summary>The reports sorted for triage.</summary>
    public static IReadOnlyList<LetterReport> Sort(IEnumerable<LetterReport> reports, DateOnly? today = null) => Sort(reports, r => r, today);

    /// <summary>One report's triage, with days left counted to <paramref name="today"/> when given.</summary>
    public static Triage Of(LetterReport report, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report is not FindingsReport refusal)
            return new Triage(TriageGroup.NeedsReview, null, null, null, ReviewNeeded: true, Misrepresentation: false, Unreadable: true);

        var misrepresentation = HasMisrepresentation(refusal);
        var deadlines = refusal.NextSteps
            .SelectMany(step => step.Deadlines.Select(deadline => (Step: step, Deadline: deadline, DaysLeft: DeadlineClock.DaysLeft(deadline, today))))
            .ToList();
        var review = refusal.Review.Needed || (refusal.IsRefusalLetter && deadlines.Count == 0);

        var open = deadlines.Where(d => DeadlineClock.IsOpen(d.DaysLeft)).OrderBy(d => d.Deadline.Date).FirstOrDefault();
        if (open.Step is not null)
            return new Triage(TriageGroup.OpenDeadline, open.Step, open.Deadline, open.DaysLeft, review, misrepresentation, false);
        if (deadlines.Count > 0)
        {
            var last = deadlines.OrderByDescending(d => d.Deadline.Date).First();
            return new Triage(TriageGroup.DeadlinePassed, last.Step, last.Deadline, last.DaysLeft, review, misrepresentation, false);
        }
        return new Triage(review ? TriageGroup.NeedsReview : TriageGroup.Other, null, null, null, review, misrepresentation, false);
    }

    /// <summary>True when the letter found the applicant inadmissible for misrepresentation (ground <c>misrepresentation</c>).</summary>
    public static bool HasMisrepresentation(FindingsReport report) =>
        report.Findings.Any(f => f.GroundId == MisrepresentationGroundId)
        || report.NextSteps.Any(s => s.Kind == NextStepKind.MisrepresentationBar);

    /// <summary>
    /// The judicial-review deadline that closes first, or null. When the decision location is unknown the report
    /// carries both the 15- and 60-day dates; the earlier one is the safe one to act on.
    /// </summary>
    public static Deadline? FirstJudicialReviewDeadline(FindingsReport report) =>
        report.NextSteps
            .Where(s => s.Kind == NextStepKind.JudicialReview)
            .SelectMany(s => s.Deadlines)
            .OrderBy(d => d.Date)
            .FirstOrDefault();

    /// <summary>
    /// Next steps in the order a person should read them: the misrepresentation bar first, then steps with an urgent
    /// open deadline, then the nearest open deadline, then steps without a date in the report's order; steps whose
    /// deadlines have all passed go after the open ones.
    /// </summary>
    public static IReadOnlyList<NextStep> StepsInOrder(FindingsReport report, DateOnly? today = null) =>
        report.NextSteps
            .Select((step, index) => (Step: step, Index: index, Open: step.Deadlines
                .Where(d => DeadlineClock.IsOpen(DeadlineClock.DaysLeft(d, today)))
                .Select(d => (int?)d.Date.DayNumber).Min()))
            .OrderBy(x => x.Step.Kind == NextStepKind.MisrepresentationBar ? 0 : x.Open is not null ? 1 : x.Step.Deadlines.Count == 0 ? 2 : 3)
            .ThenBy(x => x.Open ?? int.MaxValue)
            .ThenBy(x => x.Index)
            .Select(x => x.Step)
            .ToList();

    /// <summary>Whether a step is urgent as of <paramref name="today"/>: the misrepresentation bar always, otherwise an open deadline within 7 days.</summary>
    public static bool IsUrgent(NextStep step, DateOnly? today = null) =>
        step.Kind == NextStepKind.MisrepresentationBar
        || step.Deadlines.Any(d => DeadlineClock.IsUrgent(DeadlineClock.DaysLeft(d, today)));

    internal const string MisrepresentationGroundId = "misrepresentation";
}
