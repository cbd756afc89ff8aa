using LetterParser.Core.Matching;

namespace LetterParser.Core.Tests.Matching;

public class ApproximatePatternTests
{
    private static ApproximateHit? Find(string phrase, string text) =>
        new ApproximatePattern(Skeleton.Of(phrase).Value).FindIn(Skeleton.Of(text).Value);

    [Theory]
    [InlineData("based on your travel history.")]
    [InlineData("based on your travel hisotry.")]          // transposed letters
    [InlineData("based on your trave1 hist0ry.")]          // OCR digits for letters
    [InlineData("based on your travelhistory.")]           // joined words
    [InlineData("based on your tra vel his tory.")]        // split words
    [InlineData("BASED ON YOUR TRAVEL HISTORY")]
    public void FindsAPhraseDespiteTyposAndOcrNoise(string text) =>
        Assert.NotNull(Find("travel history", text));

    [Theory]
    [InlineData("based on your family ties")]
    [InlineData("based on the purpose of your visit")]
    [InlineData("the history of the company")]
    public void DoesNotFindAPhraseThatIsNotThere(string text) =>
        Assert.Null(Find("travel history", text));

    [Fact]
    public void ReportsWhereTheMatchStandsInTheSkeleton()
    {
        var skeleton = Skeleton.Of("xx travel history yy").Value;
        var hit = new ApproximatePattern(Skeleton.Of("travel history").Value).FindIn(skeleton)!.Value;
        Assert.Equal("travelhlstory", skeleton[hit.Start..hit.End]);
        Assert.Equal(0, hit.Distance);
    }

    [Fact]
    public void FoldsRnIntoM()
    {
        Assert.Equal(Skeleton.Of("employment").Value, Skeleton.Of("ernployment").Value);
    }

    [Fact]
    public void FoldsFrenchAccents()
    {
        Assert.Equal(Skeleton.Of("antecedents de sejour").Value, Skeleton.Of("antécédents de séjour").Value);
    }

    [Fact]
    public void RefusesAPatternLongerThanSixtyFourLetters() =>
        Assert.Throws<ArgumentException>(() => new ApproximatePattern(new string('a', 65)));
}
