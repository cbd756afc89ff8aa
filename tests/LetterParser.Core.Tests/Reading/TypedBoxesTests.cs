using LetterParser.Core.Documents;
using LetterParser.Core.Reading;

namespace LetterParser.Core.Tests.Reading;

public class TypedBoxesTests
{
    private static TextLine Line(params string[] words) =>
        new(words.Select((w, i) => new Word(w, new Box(10 + i * 40, 100, 40 + i * 40, 112), 0.9)).ToList());

    [Theory]
    [InlineData("[X]", true)]
    [InlineData("[x]", true)]
    [InlineData("[]", false)]
    [InlineData("{]", false)]
    [InlineData("[].", false)]
    [InlineData("(x)", true)]
    public void ABoxThatOcrReadAsCharactersBecomesAMark(string token, bool ticked)
    {
        var marks = new List<CheckboxMark>();
        var line = TypedBoxes.Take(Line(token, "travel", "history"), marks);
        Assert.Equal("travel history", line.Text);
        Assert.Equal(ticked, Assert.Single(marks).IsChecked);
    }

    [Fact]
    public void FurtherBoxesOnALineThatStartsWithOneCountToo()
    {
        var marks = new List<CheckboxMark>();
        var line = TypedBoxes.Take(Line("[", "]", "travel", "history", "[X]", "purpose", "of", "visit"), marks);
        Assert.Equal("travel history purpose of visit", line.Text);
        Assert.Equal([false, true], marks.Select(m => m.IsChecked));
    }

    [Fact]
    public void BracketsInsideASentenceAreText()
    {
        var marks = new List<CheckboxMark>();
        var line = TypedBoxes.Take(Line("as", "stipulated", "in", "(x)"), marks);
        Assert.Empty(marks);
        Assert.Equal("as stipulated in (x)", line.Text);
    }

    [Fact]
    public void ABarReadForACapitalIIsPutBack()
    {
        var line = TypedBoxes.Take(Line("|", "am", "not", "satisfied"), []);
        Assert.Equal("I am not satisfied", line.Text);
    }
}
