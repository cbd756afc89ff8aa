using System.Globalization;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>
/// The next steps of shared/domain/next-steps.md, with real dates: judicial review 15 days (decided inside
/// Canada) or 60 days (outside), both when unknown; restoration 90 days for in-Canada refusals. Every date
/// says what it was counted from.
/// </summary>
/// <param name="RestorationUnavailable">The letter says restoration is no longer open: no restoration deadline.</param>
/// <param name="MustLeaveCanada">The letter says the person is without status or must leave.</param>
public sealed record RefusalSituation(
    IReadOnlySet<string> GroundIds,
    DecisionLocation Location,
    DateOnly? LetterDate,
    DateOnly? NotifiedOn,
    DateOnly Today,
    bool NotesAttached,
    bool RestorationUnavailable,
    bool MustLeaveCanada);

public sealed class NextStepPlanner(GroundsCatalogue catalogue)
{
    public IReadOnlyList<NextStep> Plan(RefusalSituation situation)
    {
        var (groundIds, location, letterDate, notifiedOn, today, notesAttached, restorationUnavailable, mustLeave) = situation;
        var misrepresentation = groundIds.Contains(GroundIds.Misrepresentation);
        var steps = new List<NextStep>();

        if (misrepresentation)
            steps.Add(Step("misrepresentation-bar", NextStepKind.MisrepresentationBar, [], urgent: true));

        var text = catalogue.NextSteps["gcms-notes"];
        steps.Add(new NextStep(NextStepKind.GcmsNotes, text.Title, notesAttached ? text.SummaryWhenNotesAttached ?? text.Summary : text.Summary, [], false));

        var reapply = catalogue.NextSteps["reapply"];
        steps.Add(new NextStep(NextStepKind.Reapply, reapply.Title,
            misrepresentation ? reapply.SummaryAfterMisrepresentation ?? reapply.Summary : reapply.Summary, [], false));

        var start = notifiedOn ?? letterDate;
        var review = catalogue.NextSteps["judicial-review"];
        var reviewDeadlines = new List<Deadline>();
        if (start is { } from)
        {
            var basis = notifiedOn is not null
                ? $"the date you were notified of the decision ({Iso(from)}), as you gave it"
                : $"the letter date ({Iso(from)}); the clock starts when you were notified, which may be later";
            if (location != DecisionLocation.OutsideCanada)
                reviewDeadlines.Add(Due(from, 15, $"15 days after {basis}; applies when the decision was made inside Canada", today));
            if (location != DecisionLocation.InsideCanada)
                reviewDeadlines.Add(Due(from, 60, $"60 days after {basis}; applies when the decision was made outside Canada", today));
        }
        var reviewUrgent = IsUrgent(reviewDeadlines);
        var reviewPassed = reviewDeadlines.Count > 0 && reviewDeadlines.All(d => !DeadlineClock.IsOpen(d.DaysLeft));
        steps.Add(new NextStep(NextStepKind.JudicialReview, review.Title,
            reviewPassed ? review.SummaryWhenPassed ?? review.Summary : review.Summary, reviewDeadlines, reviewUrgent));

        if (location == DecisionLocation.InsideCanada)
        {
            var restoration = catalogue.NextSteps["restoration"];
            // A letter that rules restoration out gets the step's explanation of why, and no date to aim for.
            var deadlines = letterDate is { } refused && !restorationUnavailable
                ? new List<Deadline> { Due(refused, 90, $"90 days after the letter date ({Iso(refused)}), the date of the refusal notice; if your status ended earlier, count from that day instead", today) }
                : [];
            var summary = restorationUnavailable ? restoration.SummaryWhenUnavailable ?? restoration.Summary : restoration.Summary;
            steps.Add(new NextStep(NextStepKind.Restoration, restoration.Title, summary, deadlines, IsUrgent(deadlines)));
        }

        if (mustLeave)
            steps.Add(Step("leave-canada", NextStepKind.LeaveCanada, [], urgent: true));

        steps.Add(Step("legal-advice", NextStepKind.LegalAdvice, [], urgent: misrepresentation || reviewUrgent));

        // Misrepresentation first, then whatever is urgent, then the usual order.
        return steps
            .Select((step, index) => (step, index))
            .OrderBy(s => s.step.Kind == NextStepKind.MisrepresentationBar ? 0 : s.step.Urgent && s.step.Kind != NextStepKind.LegalAdvice ? 1 : 2)
            .ThenBy(s => s.index)
            .Select(s => s.step)
            .ToList();
    }

    private NextStep Step(string id, NextStepKind kind, IReadOnlyList<Deadline> deadlines, bool urgent)
    {
        var text = catalogue.NextSteps[id];
        return new NextStep(kind, text.Title, text.Summary, deadlines, urgent);
    }

    private static Deadline Due(DateOnly from, int days, string basis, DateOnly today)
    {
        var date = from.AddDays(days);
        return new Deadline(date, days, basis, DeadlineClock.DaysLeft(date, today));
    }

    /// <summary>
    /// A procedural-fairness letter's one step: answer by the deadline the letter gives (a date, or N days from
    /// the letter date), urgent when close.
    /// </summary>
    public IReadOnlyList<NextStep> PlanResponse(DateOnly? respondBy, int? days, string? basis, DateOnly today)
    {
        var text = catalogue.NextSteps["respond-to-officer"];
        IReadOnlyList<Deadline> deadlines = respondBy is { } date
            ? [new Deadline(date, days ?? 0, basis ?? "the date the letter gives", DeadlineClock.DaysLeft(date, today))]
            : [];
        return [new NextStep(NextStepKind.RespondToOfficer, text.Title, text.Summary, deadlines, IsUrgent(deadlines)), Step("legal-advice", NextStepKind.LegalAdvice, [], IsUrgent(deadlines))];
    }

    private static bool IsUrgent(IReadOnlyList<Deadline> deadlines) =>
        deadlines.Any(d => DeadlineClock.IsUrgent(d.DaysLeft));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
