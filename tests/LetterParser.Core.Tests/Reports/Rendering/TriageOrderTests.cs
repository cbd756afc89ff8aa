using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class TriageOrderTests
{
    [Fact]
    public void ErrorsThenMisrepresentationThenFewestDaysLeftThenOthersThenNotARefusal()
    {
        LetterReport[] input =
        [
            ReportBuilder.NotARefusal("invoice.pdf"),
            ReportBuilder.Refusal("no-date.pdf").WithoutDeadlines(),
            ReportBuilder.Refusal("thirty.pdf").WithDaysLeft(30),
            ReportBuilder.Refusal("misrep.pdf").WithDaysLeft(50).WithMisrepresentation(),
            ReportBuilder.Refusal("three.pdf").WithDaysLeft(3),
            ReportBuilder.Error("broken.pdf"),
            ReportBuilder.Refusal("passed.pdf").WithDaysLeft(-2),
        ];

        var sorted = TriageOrder.Sort(input).Select(r => r.SourceFileName);

        Assert.Equal(["broken.pdf", "misrep.pdf", "passed.pdf", "three.pdf", "thirty.pdf", "no-date.pdf", "invoice.pdf"], sorted);
    }

    [Fact]
    public void EqualKeysKeepInputOrder()
    {
        LetterReport[] input = [ReportBuilder.Refusal("b.pdf").WithDaysLeft(5), ReportBuilder.Refusal("a.pdf").WithDaysLeft(5), ReportBuilder.Error("z.pdf"), ReportBuilder.Error("y.pdf")];

        var sorted = TriageOrder.Sort(input).Select(r => r.SourceFileName);

        Assert.Equal(["z.pdf", "y.pdf", "b.pdf", "a.pdf"], sorted);
    }

    [Fact]
    public void UnknownLocationRanksByTheEarlierOfItsTwoDeadlines()
    {
        var unknown = ReportBuilder.Refusal("unknown.pdf", DecisionLocation.Unknown) with
        {
            NextSteps =
            [
                new NextStep(NextStepKind.JudicialReview, "JR", "Either deadline.",
                    [new Deadline(ReportBuilder.LetterDate.AddDays(60), 60, "60 days", 40), new Deadline(ReportBuilder.LetterDate.AddDays(15), 15, "15 days", 4)], true),
            ],
        };
        var ten = ReportBuilder.Refusal("ten.pdf").WithDaysLeft(10);

        Assert.Equal(4, TriageOrder.FirstJudicialReviewDeadline(unknown)!.DaysLeft);
        Assert.Equal(["unknown.pdf", "ten.pdf"], TriageOrder.Sort([ten, unknown]).Select(r => r.SourceFileName));
    }

    [Fact]
    public void SortsAnyItemByTheReportItCarries()
    {
        var rows = new[] { (Id: 1, Report: (LetterReport)ReportBuilder.Refusal().WithDaysLeft(9)), (Id: 2, Report: ReportBuilder.Error()) };

        Assert.Equal([2, 1], TriageOrder.Sort(rows, r => r.Report).Select(r => r.Id));
    }
}
