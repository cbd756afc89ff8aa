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

    private static ApproximateHit? FindAtWordStart(string phrase, string text)
    {
        var skeleton = Skeleton.Of(text);
        return new ApproximatePattern(Skeleton.Of(phrase).Value).FindIn(skeleton.Value, skeleton.StartsWord);
    }

    [Theory]
    [InlineData("misrepresent", "your two siblings represent stronger ties")]   // two edits across a word boundary
    [InlineData("act", "the employer's contact details")]                   // a short word inside a longer one
    public void AWordIsNotFoundAcrossOrInsideOtherWords(string phrase, string text) =>
        Assert.Null(FindAtWordStart(phrase, text));

    [Theory]
    [InlineData("misrepresent", "for directly misrepresentlng material facts")]
    [InlineData("act", "under section 40 of the Act")]
    [InlineData("40 1", "paragraph A40(1)(a)")]
    public void AWordIsFoundWhereAWordBegins(string phrase, string text) =>
        Assert.NotNull(FindAtWordStart(phrase, text));

    private static ApproximateHit? FindPhrase(string phrase, string text)
    {
        var skeleton = Skeleton.Of(text);
        return ApproximatePattern.ForPhrase(phrase).FindIn(skeleton.Value, skeleton.StartsWord);
    }

    [Theory]
    [InlineData("not submitted", "the offer of employment you submitted with the application")]
    [InlineData("n a pas demontre", "vous avez demontre vos attaches")]
    public void APhraseThatNegatesIsNotFoundWhereItsNegationIsMissing(string phrase, string text) =>
        Assert.Null(FindPhrase(phrase, text));

    [Theory]
    [InlineData("not submitted", "the documents were not subrnitted")]
    [InlineData("not submitted", "documents not subbmitted in time")]
    public void APhraseThatNegatesStillToleratesTyposElsewhere(string phrase, string text) =>
        Assert.NotNull(FindPhrase(phrase, text));

    [Fact]
    public void FoldsRnIntoMOnlyWithinAWord() =>
        Assert.Equal("sejourne", Skeleton.Of("séjour ne").Value);

    [Fact]
    public void RefusesAPatternLongerThanSixtyFourLetters() =>
        Assert.Throws<ArgumentException>(() => new ApproximatePattern(new string('a', 65)));
}
