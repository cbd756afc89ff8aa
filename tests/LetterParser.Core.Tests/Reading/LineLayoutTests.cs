using LetterParser.Core.Documents;
using LetterParser.Core.Reading;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reading;

public class LineLayoutTests
{
    [Fact]
    public void EachCheckboxMarkIsPlacedOnTheLineItSitsBeside()
    {
        var layout = ReadingStages.Layout("""
            Dear Applicant,
            [x] You have not demonstrated that you have sufficient funds.
            [ ] You have not provided the documents requested.
            """);

        Assert.Empty(layout.Lines[0].Marks);
        Assert.True(Assert.Single(layout.Lines[1].Marks).IsChecked);
        Assert.False(Assert.Single(layout.Lines[2].Marks).IsChecked);
        Assert.Equal("You have not demonstrated that you have sufficient funds.", layout.Lines[1].Text);
    }

    [Fact]
    public void SeveralMarksOnOneLineKeepTheirOrderFromLeftToRight()
    {
        var line = Assert.Single(ReadingStages.Layout("[ ] travel history [x] purpose of visit [ ] length of proposed stay").Lines);

        Assert.Equal([false, true, false], line.Marks.Select(m => m.IsChecked));
        Assert.True(line.Marks[0].Box.Left < line.Marks[1].Box.Left && line.Marks[1].Box.Left < line.Marks[2].Box.Left);
    }

    [Fact]
    public void AMarkFarFromEveryLineBelongsToNone()
    {
        var words = new[] { new Word("Dear", new Box(72, 50, 100, 60)), new Word("Applicant,", new Box(103, 50, 160, 60)) };
        var page = new PageText(1, 612, 792, [new TextLine(words)], [new CheckboxMark(new Box(72, 400, 81, 409), IsChecked: true)], ReadingMethod.TextLayer);

        var line = Assert.Single(LineLayout.Of(new DocumentText("application/pdf", [page])).Lines);

        Assert.Empty(line.Marks);
    }

    [Fact]
    public void ALineAfterAGapStartsABlockAndALineAtTheUsualPitchDoesNot()
    {
        var layout = ReadingStages.Layout("""
            I am refusing your application
            for the following reasons.
            You have not demonstrated that
            you have sufficient funds.

            You are welcome to reapply.
            """);

        Assert.Equal([true, false, false, false, true], layout.Lines.Select(l => l.StartsBlock));
    }

    [Fact]
    public void EveryPageStartsABlockAndLinesAreNumberedAcrossPages()
    {
        var layout = ReadingStages.Layout("""
            Dear Applicant,
            You have not demonstrated that you have sufficient funds.
            ---page---
            Officer's decision notes
            """);

        Assert.Equal([1, 1, 2], layout.Lines.Select(l => l.Page));
        Assert.Equal([0, 1, 2], layout.Lines.Select(l => l.Index));
        Assert.True(layout.Lines[2].StartsBlock);
    }

    [Fact]
    public void TheFoldedFormOfALineIsLowerCaseWithoutAccents()
    {
        var line = Assert.Single(ReadingStages.Layout("Immigration, Réfugiés et Citoyenneté Canada").Lines);

        Assert.Equal("Immigration, Réfugiés et Citoyenneté Canada", line.Text);
        Assert.Equal("immigration, refugies et citoyennete canada", line.Folded);
    }

    [Fact]
    public void OnAScanABoxTypedAsCharactersBecomesAMarkAndLeavesTheText()
    {
        var line = Assert.Single(ReadingStages.Layout("(x) travel history", ocr: true).Lines);

        Assert.True(Assert.Single(line.Marks).IsChecked);
        Assert.Equal("travel history", line.Text);
        Assert.Equal(ReadingMethod.Ocr, line.Method);
    }

    [Fact]
    public void OnATextLayerTypedCharactersStayText()
    {
        // Extraction takes a text layer's typed boxes out itself; what reaches Reading as words is the letter's text.
        var line = Assert.Single(ReadingStages.Layout("(x) travel history").Lines);

        Assert.Empty(line.Marks);
        Assert.Equal("(x) travel history", line.Text);
    }
}
