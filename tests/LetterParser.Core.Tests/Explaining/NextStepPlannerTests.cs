using LetterParser.Core.Catalogue;
using LetterParser.Core.Explaining;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Explaining;

public class NextStepPlannerTests
{
    private static readonly NextStepPlanner Planner = new(TextPipeline.Catalogue.Grounds);

    private static readonly DateOnly LetterDate = new(2024, 3, 18);

    private static RefusalSituation Situation(DecisionLocation location, DateOnly? letterDate = null, DateOnly? notifiedOn = null, DateOnly? today = null,
        string[]? grounds = null, bool notesAttached = false, bool restorationUnavailable = false, bool mustLeave = false) =>
        new((grounds ?? ["insufficient-funds"]).ToHashSet(StringComparer.Ordinal), location, letterDate ?? LetterDate, notifiedOn,
            today ?? new DateOnly(2024, 3, 19), notesAttached, restorationUnavailable, mustLeave);

    private static NextStep Step(IReadOnlyList<NextStep> steps, NextStepKind kind) => Assert.Single(steps, s => s.Kind == kind);

    private static NextStepText Text(string id) => TextPipeline.Catalogue.Grounds.NextSteps[id];

    [Fact]
    public void ADecisionMadeInsideCanadaGivesFifteenDaysForJudicialReview()
    {
        var deadline = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.InsideCanada)), NextStepKind.JudicialReview).Deadlines);

        Assert.Equal(15, deadline.Days);
        Assert.Equal(new DateOnly(2024, 4, 2), deadline.Date);
    }

    [Fact]
    public void ADecisionMadeOutsideCanadaGivesSixtyDaysForJudicialReview()
    {
        var deadline = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada)), NextStepKind.JudicialReview).Deadlines);

        Assert.Equal(60, deadline.Days);
        Assert.Equal(new DateOnly(2024, 5, 17), deadline.Date);
    }

    [Fact]
    public void AnUnknownDecisionPlaceGivesBothDeadlines() =>
        Assert.Equal([15, 60], Step(Planner.Plan(Situation(DecisionLocation.Unknown)), NextStepKind.JudicialReview).Deadlines.Select(d => d.Days));

    [Fact]
    public void EachDeadlineSaysWhatItWasCountedFrom()
    {
        var deadline = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada)), NextStepKind.JudicialReview).Deadlines);

        Assert.Contains("2024-03-18", deadline.Basis, StringComparison.Ordinal);
        Assert.Contains("letter date", deadline.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDayThePersonWasNotifiedMovesTheClock()
    {
        var deadline = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada, notifiedOn: new DateOnly(2024, 3, 25))), NextStepKind.JudicialReview).Deadlines);

        Assert.Equal(new DateOnly(2024, 5, 24), deadline.Date);
        Assert.Contains("notified", deadline.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void DaysLeftAreCountedFromTheTodayPassedIn()
    {
        var early = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada, today: new DateOnly(2024, 3, 18))), NextStepKind.JudicialReview).Deadlines);
        var late = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada, today: new DateOnly(2024, 5, 10))), NextStepKind.JudicialReview).Deadlines);

        Assert.Equal(early.Date, late.Date);
        Assert.Equal(60, early.DaysLeft);
        Assert.Equal(7, late.DaysLeft);
    }

    [Theory]
    [InlineData(2024, 3, 26, true)]   // 7 days left
    [InlineData(2024, 4, 2, true)]    // the last day
    [InlineData(2024, 3, 25, false)]  // 8 days left
    [InlineData(2024, 4, 3, false)]   // passed: only an extension of time is left, which is never urgent
    public void AJudicialReviewDeadlineIsUrgentFromSevenDaysLeftToItsLastDay(int year, int month, int day, bool urgent) =>
        Assert.Equal(urgent, Step(Planner.Plan(Situation(DecisionLocation.InsideCanada, today: new DateOnly(year, month, day))), NextStepKind.JudicialReview).Urgent);

    [Fact]
    public void APassedJudicialReviewDeadlineSaysWhatRemainsPossible()
    {
        var review = Step(Planner.Plan(Situation(DecisionLocation.InsideCanada, today: new DateOnly(2024, 6, 1))), NextStepKind.JudicialReview);

        Assert.True(review.Deadlines.All(d => d.DaysLeft < 0));
        Assert.Equal(Text("judicial-review").SummaryWhenPassed, review.Summary);
    }

    [Fact]
    public void ALetterWithoutADateGetsNoDeadline()
    {
        var situation = Situation(DecisionLocation.InsideCanada) with { LetterDate = null };

        var steps = Planner.Plan(situation);

        Assert.Empty(Step(steps, NextStepKind.JudicialReview).Deadlines);
        Assert.Empty(Step(steps, NextStepKind.Restoration).Deadlines);
    }

    [Fact]
    public void AnInCanadaRefusalGivesNinetyDaysToApplyForRestoration()
    {
        var deadline = Assert.Single(Step(Planner.Plan(Situation(DecisionLocation.InsideCanada)), NextStepKind.Restoration).Deadlines);

        Assert.Equal(90, deadline.Days);
        Assert.Equal(new DateOnly(2024, 6, 16), deadline.Date);
    }

    [Fact]
    public void ARefusalFromAbroadHasNoRestorationStep() =>
        Assert.DoesNotContain(Planner.Plan(Situation(DecisionLocation.OutsideCanada)), s => s.Kind == NextStepKind.Restoration);

    [Fact]
    public void WhenRestorationIsNotAvailableThereIsNoRestorationDeadlineAndTheStepSaysWhy()
    {
        var restoration = Step(Planner.Plan(Situation(DecisionLocation.InsideCanada, restorationUnavailable: true)), NextStepKind.Restoration);

        Assert.Empty(restoration.Deadlines);
        Assert.False(restoration.Urgent);
        Assert.Equal(Text("restoration").SummaryWhenUnavailable, restoration.Summary);
    }

    [Fact]
    public void APersonWhoMustLeaveCanadaIsToldSoBeforeTheOtherPracticalSteps()
    {
        var steps = Planner.Plan(Situation(DecisionLocation.InsideCanada, mustLeave: true, today: new DateOnly(2024, 6, 1))).Select(s => s.Kind).ToList();

        Assert.Contains(NextStepKind.LeaveCanada, steps);
        Assert.True(steps.IndexOf(NextStepKind.LeaveCanada) < steps.IndexOf(NextStepKind.Reapply));
        Assert.True(steps.IndexOf(NextStepKind.LeaveCanada) < steps.IndexOf(NextStepKind.Restoration));
        Assert.True(steps.IndexOf(NextStepKind.LeaveCanada) < steps.IndexOf(NextStepKind.GcmsNotes));
    }

    [Fact]
    public void ALetterThatDoesNotSayThePersonMustLeaveHasNoLeaveStep() =>
        Assert.DoesNotContain(Planner.Plan(Situation(DecisionLocation.InsideCanada)), s => s.Kind == NextStepKind.LeaveCanada);

    [Fact]
    public void MisrepresentationPutsTheFiveYearBarFirstAndChangesTheReapplyAdvice()
    {
        var steps = Planner.Plan(Situation(DecisionLocation.OutsideCanada, grounds: ["misrepresentation"]));

        Assert.Equal(NextStepKind.MisrepresentationBar, steps[0].Kind);
        Assert.True(steps[0].Urgent);
        Assert.Equal(Text("reapply").SummaryAfterMisrepresentation, Step(steps, NextStepKind.Reapply).Summary);
        Assert.True(Step(steps, NextStepKind.LegalAdvice).Urgent);
    }

    [Fact]
    public void WithoutMisrepresentationThereIsNoBarAndReapplyIsTheUsualRoute()
    {
        var steps = Planner.Plan(Situation(DecisionLocation.OutsideCanada));

        Assert.DoesNotContain(steps, s => s.Kind == NextStepKind.MisrepresentationBar);
        Assert.Equal(Text("reapply").Summary, Step(steps, NextStepKind.Reapply).Summary);
    }

    [Fact]
    public void NotesAlreadyAttachedChangeWhatTheNotesStepSays()
    {
        var attached = Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada, notesAttached: true)), NextStepKind.GcmsNotes);
        var missing = Step(Planner.Plan(Situation(DecisionLocation.OutsideCanada)), NextStepKind.GcmsNotes);

        Assert.Equal(Text("gcms-notes").SummaryWhenNotesAttached, attached.Summary);
        Assert.Equal(Text("gcms-notes").Summary, missing.Summary);
        Assert.NotEqual(attached.Summary, missing.Summary);
    }

    [Fact]
    public void AFairnessLetterIsAnsweredByItsDeadlineUrgentWithinSevenDays()
    {
        var steps = Planner.PlanResponse(new DateOnly(2024, 4, 17), 30, "30 days after the letter date (2024-03-18)", new DateOnly(2024, 4, 12));

        var respond = Step(steps, NextStepKind.RespondToOfficer);
        var deadline = Assert.Single(respond.Deadlines);
        Assert.Equal(new DateOnly(2024, 4, 17), deadline.Date);
        Assert.Equal(5, deadline.DaysLeft);
        Assert.True(respond.Urgent);
        Assert.Equal(NextStepKind.RespondToOfficer, steps[0].Kind);
    }

    [Fact]
    public void AFairnessLetterWithoutADeadlineStillAsksForAnAnswer()
    {
        var respond = Step(Planner.PlanResponse(null, null, null, new DateOnly(2024, 4, 12)), NextStepKind.RespondToOfficer);

        Assert.Empty(respond.Deadlines);
        Assert.False(respond.Urgent);
    }
}
