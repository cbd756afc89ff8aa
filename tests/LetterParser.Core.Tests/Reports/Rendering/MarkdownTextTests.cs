using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

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
