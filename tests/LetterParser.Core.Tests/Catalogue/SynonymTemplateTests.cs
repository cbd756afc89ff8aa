using LetterParser.Core.Catalogue;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Catalogue;

public class SynonymTemplateTests
{
    [Fact]
    public void APlainSynonymStandsForItself() =>
        Assert.Equal(["length of stay"], SynonymTemplate.Expand("length of stay"));

    [Fact]
    public void ARoundGroupGivesOneWordOfEachChoice() =>
        Assert.Equal(["length of stay", "duration of stay"], SynonymTemplate.Expand("(length|duration) of stay"));

    [Fact]
    public void ASquareGroupMayAlsoBeLeftOutWithoutLeavingTwoSpaces() =>
        Assert.Equal(["length of the stay", "length of your stay", "length of stay"], SynonymTemplate.Expand("length of [the|your] stay"));

    [Fact]
    public void GroupsCombine() =>
        Assert.Equal(8, SynonymTemplate.Expand("(length|duration) of [the] [proposed] stay").Count);

    [Fact]
    public void AGroupThatIsNotClosedIsACatalogueError() =>
        Assert.Throws<InvalidDataException>(() => SynonymTemplate.Expand("(length|duration of stay"));

    [Fact]
    public void TheCatalogueTeachesTheCombinationsItsTemplatesName()
    {
        var lengthOfStay = TextPipeline.Catalogue.Grounds.Concepts["length-of-stay"].Synonyms.ToList();

        Assert.Contains("duration of proposed stay", lengthOfStay);
        Assert.Contains("length of the intended visit", lengthOfStay);
        Assert.DoesNotContain(lengthOfStay, s => s.Contains('(') || s.Contains('['));
    }
}
