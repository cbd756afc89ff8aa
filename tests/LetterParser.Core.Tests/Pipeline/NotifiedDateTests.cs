using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Pipeline;

public class NotifiedDateTests
{
    private static readonly DateOnly Today = new(2024, 4, 1);

    [Fact]
    public void ADayAfterTodayIsRefusedWithAMessageInTheReadersLanguage()
    {
        Assert.Contains("is after today", NotifiedDate.Problem(new DateOnly(2030, 3, 25), Today, UiText.English));
        Assert.Contains("postérieure à aujourd'hui", NotifiedDate.Problem(new DateOnly(2030, 3, 25), Today, UiText.French));
        Assert.Null(NotifiedDate.Problem(Today, Today, UiText.English));
        Assert.Null(NotifiedDate.Problem(null, Today, UiText.English));
    }

    [Fact]
    public void ADayBeforeTheLetterDateIsNotUsedAndTheReportSaysSoAndAsksForReview()
    {
        var usedIt = ReportBuilder.Refusal() with { Warnings = ["counted from the notified date"] };
        var without = ReportBuilder.Refusal();

        var report = NotifiedDate.Checked(usedIt, () => without, ReportBuilder.LetterDate.AddDays(-5));

        Assert.DoesNotContain("counted from the notified date", report.Warnings);
        Assert.Contains(report.Warnings, w => w.Contains("(2024-03-13) is before the date of the letter itself", StringComparison.Ordinal));
        Assert.True(report.Review.Needed);
        Assert.Equal(NotifiedDate.BeforeLetterDateCode, Assert.Single(report.Review.Reasons).Code);
    }

    [Fact]
    public void ADayOnOrAfterTheLetterDateIsKept()
    {
        var report = ReportBuilder.Refusal();

        Assert.Same(report, NotifiedDate.Checked(report, () => throw new InvalidOperationException("not redone"), ReportBuilder.LetterDate));
    }
}
