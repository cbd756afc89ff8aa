using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class MarkdownReportRendererTests
{
    private static string Render(LetterReport report) => MarkdownReportRenderer.Default.Render(report);

    [Fact]
    public void ShowsTheDisclaimerAndTheCatalogueVersion()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains(ReportBuilder.Disclaimer, md);
        Assert.Contains("Grounds catalogue 2024.11, last verified 2024-11-01", md);
    }

    [Fact]
    public void ShowsEachDeadlineWithDaysLeftAndItsBasis()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("**2024-05-17** (60 days; 12 days left)", md);
        Assert.Contains("60 days after 2024-03-18, the letter date", md);
    }

    [Fact]
    public void UrgentStepsComeFirstAndAreMarked()
    {
        var md = Render(ReportBuilder.Refusal().WithDaysLeft(2));

        var urgent = md.IndexOf("### URGENT: Ask the Federal Court", StringComparison.Ordinal);
        var notes = md.IndexOf("### Request the officer's notes", StringComparison.Ordinal);
        Assert.True(urgent >= 0 && notes > urgent, md);
    }

    [Fact]
    public void APassedDeadlineSaysHowLongAgo() =>
        Assert.Contains("passed 3 days ago", Render(ReportBuilder.Refusal().WithDaysLeft(-3)));

    [Fact]
    public void EachFindingQuotesTheLetterAndListsFixesAndEvidenceWithFactorsNested()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("### You may not leave Canada at the end of your stay (R200(1)(b))", md);
        Assert.Contains("> I am not satisfied that you will leave Canada at the end of your stay", md);
        Assert.Contains("- **Family ties**: \"family ties in Canada and in your country of residence\" (page 1)", md);
        Assert.Contains("**What it means.** The officer was not convinced", md);
        Assert.Contains("- Show what brings you back home.", md);
        Assert.Contains("- [ ] Property deed", md);
    }

    [Fact]
    public void LetterFactsAndUnrecognizedTextAreShown()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("- Application number: W309876543", md);
        Assert.Contains("- Decided: outside Canada", md);
        Assert.Contains("> Some line we do not know", md);
    }

    [Fact]
    public void MultiLineOfficerNotesStayInsideTheQuote()
    {
        var md = Render(ReportBuilder.Refusal() with { OfficerNotes = "First line.\nSecond line." });

        Assert.Contains("> First line.\n> Second line.\n", md);
    }

    [Fact]
    public void WarningsAreListed()
    {
        var md = Render(ReportBuilder.Refusal() with { Warnings = ["Page 2 was hard to read."] });

        Assert.Contains("## Warnings\n\n- Page 2 was hard to read.", md);
    }

    [Fact]
    public void AnErrorReportIsAClearMessageWithItsCode()
    {
        var md = Render(ReportBuilder.Error("scan.pdf", ErrorCode.EncryptedPdf));

        Assert.StartsWith("# Could not read scan.pdf\n\n**This PDF is damaged", md);
        Assert.Contains("`encrypted-pdf`", md);
    }

    [Fact]
    public void ANonRefusalSaysSoAndStillCarriesTheDisclaimer()
    {
        var md = Render(ReportBuilder.NotARefusal());

        Assert.Contains("does not look like an IRCC refusal letter", md);
        Assert.Contains(ReportBuilder.Disclaimer, md);
        Assert.DoesNotContain("## Why the application was refused", md);
    }
}
public class MarkdownTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("[click here](javascript:alert(1))", "\\[click here\\](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>", "\\<javascript:alert(1)\\>")]
    [InlineData("**bold** _it_ `code` back\\slash", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` back\\\\slash")]
    [InlineData("paragraph 200(1)(b) of the IRPR.", "paragraph 200(1)(b) of the IRPR.")]
    public void LetterTextCannotBecomeMarkup(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void HtmlAndJavascriptLinksInTheLetterStayTextInTheRenderedReport()
    {
        var report = ReportBuilder.Refusal();
        report = report with
        {
            Source = report.Source with { FileName = "<img src=x onerror=alert(1)>.pdf" },
            OfficerNotes = "See [the officer's notes](javascript:alert(1)) <script>alert(2)</script>",
        };

        var md = MarkdownReportRenderer.Default.Render(report);

        // Every '<' and every link bracket is escaped: none can open a tag or a link.
        Assert.DoesNotMatch(@"(?<!\\)<", md);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", md);
        Assert.Contains("\\[the officer's notes\\](javascript:alert(1))", md);
    }
}
