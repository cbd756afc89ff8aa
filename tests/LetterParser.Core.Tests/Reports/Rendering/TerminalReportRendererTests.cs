using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class TerminalReportRendererTests
{
    [Fact]
    public void EveryLineFitsTheWidthAndNoMarkdownMarksAreLeft()
    {
        var text = new TerminalReportRenderer(60).Render(ReportBuilder.Refusal().WithMisrepresentation());

        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 60, $"{line.Length}: {line}"));
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("## ", text);
    }

    [Fact]
    public void TheSummaryBoxOpensTheOutputAndNextStepsComeBeforeTheGrounds()
    {
        var text = new TerminalReportRenderer().Render(ReportBuilder.Refusal());

        var box = text.IndexOf("| IN SHORT", StringComparison.Ordinal);
        var deadline = text.IndexOf("Nearest deadline: 17 May 2024", StringComparison.Ordinal);
        var next = text.IndexOf("What you can do next", StringComparison.Ordinal);
        var grounds = text.IndexOf("Why the officer refused", StringComparison.Ordinal);
        Assert.True(box > 0 && deadline > box && next > deadline && grounds > next, text);
    }

    [Fact]
    public void AWordLongerThanTheLineIsCutRatherThanOverflowing()
    {
        var lines = TerminalReportRenderer.Wrap(new string('x', 25) + " end", 10, "");

        Assert.Equal(["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx end"], lines);
    }
}
