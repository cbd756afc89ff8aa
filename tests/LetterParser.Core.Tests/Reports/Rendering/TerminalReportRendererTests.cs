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
    public void TheOfficersOwnWordsAndTheirChecklistComeUnderTheGroundTheySupport()
    {
        var text = new TerminalReportRenderer().Render(ReportBuilder.Refusal() with { Concerns = [ReportBuilder.TiesConcern(), ReportBuilder.FundsConcern()] });

        var ground = text.IndexOf("You may not leave Canada at the end of your stay (R200(1)(b))", StringComparison.Ordinal);
        var wrote = text.IndexOf("What the officer actually wrote", StringComparison.Ordinal);
        var ties = text.IndexOf("  | two brothers in Toronto", StringComparison.Ordinal);
        var checklist = text.IndexOf("  [ ] ", ties, StringComparison.Ordinal);
        var other = text.IndexOf("Other points in the officer's notes", StringComparison.Ordinal);
        var funds = text.IndexOf("  | lump sum deposit, no provenance", StringComparison.Ordinal);
        Assert.True(ground >= 0 && wrote > ground && ties > wrote && checklist > ties && other > checklist && funds > other, text);
    }

    [Fact]
    public void AWordLongerThanTheLineIsCutRatherThanOverflowing()
    {
        var lines = TerminalReportRenderer.Wrap(new string('x', 25) + " end", 10, "");

        Assert.Equal(["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx end"], lines);
    }
}
