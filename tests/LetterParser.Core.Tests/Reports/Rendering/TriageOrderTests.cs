using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class TriageOrderTests
{
    [Fact]
    public void OpenDeadlinesSoonestFirstThenReviewThenTheRestThenPassedDeadlinesLast()
    {
        LetterReport[] input =
        [
            ReportBuilder.Refusal("passed-long-ago.pdf").WithDaysLeft(-900),
            ReportBuilder.NotARefusal("invoice.pdf"),
            ReportBuilder.Refusal("no-date.pdf").WithoutDeadlines(),
            ReportBuilder.Refusal("thirty.pdf").WithDaysLeft(30),
            ReportBuilder.Refusal("passed-yesterday.pdf").WithDaysLeft(-1),
            ReportBuilder.Refusal("misrep.pdf").WithDaysLeft(50).WithMisrepresentation(),
            ReportBuilder.Refusal("five.pdf").WithDaysLeft(5),
            ReportBuilder.Error("broken.pdf"),
            ReportBuilder.Refusal("unsure.pdf").WithoutDeadlines().NeedingReview(),
        ];

        var sorted = TriageOrder.Sort(input).Select(r => r.SourceFileName);

        Assert.Equal(
            ["five.pdf", "thirty.pdf", "misrep.pdf", "no-date.pdf", "broken.pdf", "unsure.pdf", "invoice.pdf", "passed-yesterday.pdf", "passed-long-ago.pdf"],
            sorted);
    }

    [Fact]
    public void APassedDeadlineIsNeverUrgentAndSaysExtensionOnly()
    {
        var triage = TriageOrder.Of(ReportBuilder.Refusal().WithDaysLeft(-400));

        Assert.Equal(TriageGroup.DeadlinePassed, triage.Group);
        Assert.False(triage.Urgent);
        Assert.Equal("deadline-passed", triage.Code);
        Assert.Equal("Deadline passed — extension only", triage.Label(UiText.English));
        Assert.Equal("Délai passé — prorogation seulement", triage.Label(UiText.French));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void UrgentMeansSevenDaysOrFewerLeft(int daysLeft, bool urgent)
    {
        var triage = TriageOrder.Of(ReportBuilder.Refusal().WithDaysLeft(daysLeft));

        Assert.Equal(urgent, triage.Urgent);
        Assert.Equal(urgent ? $"Urgent: {(daysLeft == 0 ? "last day is today" : daysLeft + " days left")}" : "8 days left", triage.Label(UiText.English));
    }

    [Fact]
    public void DaysLeftAreCountedToTheDayGivenRatherThanTheDayTheReportWasMade()
    {
        // Made when 12 days were left; read 10 days later, 2 are left.
        var report = ReportBuilder.Refusal().WithDaysLeft(12);
        var deadline = report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview).Deadlines[0];

        var triage = TriageOrder.Of(report, deadline.Date.AddDays(-2));

        Assert.Equal(2, triage.DaysLeft);
        Assert.True(triage.Urgent);
    }

    [Fact]
    public void WithTwoJudicialReviewDatesTheOpenOneCountsOnceTheFirstHasPassed()
    {
        var unknown = ReportBuilder.Refusal("unknown.pdf", DecisionLocation.Unknown) with
        {
            NextSteps =
            [
                new NextStep(NextStepKind.JudicialReview, "JR", "Either deadline.",
                    [new Deadline(ReportBuilder.LetterDate.AddDays(60), 60, "60 days", 40), new Deadline(ReportBuilder.LetterDate.AddDays(15), 15, "15 days", -5)], false),
            ],
        };

        var triage = TriageOrder.Of(unknown);

        Assert.Equal(TriageGroup.OpenDeadline, triage.Group);
        Assert.Equal(60, triage.Deadline!.Days);
        Assert.Equal(-5, TriageOrder.FirstJudicialReviewDeadline(unknown)!.DaysLeft);
    }

    [Fact]
    public void EqualKeysKeepInputOrder()
    {
        LetterReport[] input = [ReportBuilder.Refusal("b.pdf").WithDaysLeft(5), ReportBuilder.Refusal("a.pdf").WithDaysLeft(5), ReportBuilder.Error("z.pdf"), ReportBuilder.Error("y.pdf")];

        var sorted = TriageOrder.Sort(input).Select(r => r.SourceFileName);

        Assert.Equal(["b.pdf", "a.pdf", "z.pdf", "y.pdf"], sorted);
    }

    [Fact]
    public void SortsAnyItemByTheReportItCarries()
    {
        var rows = new[] { (Id: 1, Report: (LetterReport)ReportBuilder.Error()), (Id: 2, Report: ReportBuilder.Refusal().WithDaysLeft(9)) };

        Assert.Equal([2, 1], TriageOrder.Sort(rows, r => r.Report).Select(r => r.Id));
    }

    [Fact]
    public void StepsPutTheMisrepresentationBarFirstAndPassedDeadlinesAfterOpenOnes()
    {
        var report = ReportBuilder.Refusal().WithDaysLeft(-3).WithMisrepresentation();

        var kinds = TriageOrder.StepsInOrder(report).Select(s => s.Kind);

        Assert.Equal([NextStepKind.MisrepresentationBar, NextStepKind.GcmsNotes, NextStepKind.JudicialReview], kinds);
    }
}
