using LetterParser.Core.Tests.Support;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Matching;

namespace LetterParser.Core.Tests.Catalogue;

public class GroundsCatalogueTests
{
    public static TheoryData<string> DomainIds => new(DomainGroundIds.All);

    // "other" is the free-text ground: it has no phrasings to recognise it by.
    public static TheoryData<string> RecognisableDomainIds => new(DomainGroundIds.All.Where(id => id != GroundIds.Other));

    [Theory]
    [MemberData(nameof(DomainIds))]
    public void EveryDomainGroundIsExplained(string id)
    {
        var ground = TextPipeline.Catalogue.Grounds[id];
        Assert.False(string.IsNullOrWhiteSpace(ground.Title));
        Assert.False(string.IsNullOrWhiteSpace(ground.Explanation));
        Assert.NotEmpty(ground.HowToAddress);
        Assert.NotEmpty(ground.Evidence);
    }

    [Theory]
    [MemberData(nameof(RecognisableDomainIds))]
    public void EveryGroundButOtherCanBeRecognised(string id)
    {
        Assert.NotEmpty(TextPipeline.Catalogue.Grounds[id].Phrasings);
    }

    [Fact]
    public void FactorsBelongToTheWillNotLeaveUmbrella()
    {
        var factors = TextPipeline.Catalogue.Grounds.Grounds.Where(g => g.Id.StartsWith("will-not-leave.", StringComparison.Ordinal));
        Assert.All(factors, f => Assert.Equal("will-not-leave", f.ParentId));
    }

    [Fact]
    public void EveryPhrasingPartFitsTheMatcher()
    {
        foreach (var part in TextPipeline.Catalogue.Grounds.Grounds.SelectMany(g => g.Phrasings).SelectMany(p => p))
            _ = new ApproximatePattern(Skeleton.Of(part).Value);
    }

    [Fact]
    public void CarriesAVersionAndALastVerifiedDate()
    {
        Assert.False(string.IsNullOrWhiteSpace(TextPipeline.Catalogue.Grounds.Version));
        Assert.True(TextPipeline.Catalogue.Grounds.LastVerified.Year >= 2026);
        Assert.Contains("not legal advice", TextPipeline.Catalogue.Grounds.Disclaimer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AGroundWithoutAnExplanationIsRefusedAtLoad()
    {
        using var grounds = Text("""{ "grounds": [ { "id": "new-ground", "phrasings": [["something new"]] } ], "boilerplate": [], "otherMarkers": [], "categories": [] }""");
        using var explanations = Text("""{ "version": "1", "lastVerified": "2026-01-01", "disclaimer": "d", "grounds": { "other": { "title": "t", "explanation": "e", "howToAddress": [], "evidence": [] } }, "nextSteps": {}, "warnings": {} }""");
        var error = Assert.Throws<InvalidDataException>(() => GroundsCatalogue.Load(grounds, explanations));
        Assert.Contains("new-ground", error.Message);
    }

    [Fact]
    public void APhrasingNamingAnUndefinedConceptIsRefusedAtLoad()
    {
        using var grounds = Text("""{ "grounds": [ { "id": "new-ground", "phrasings": [["@no-such-concept"]] } ], "boilerplate": [], "otherMarkers": [], "categories": [] }""");
        using var explanations = Text("""{ "version": "1", "lastVerified": "2026-01-01", "disclaimer": "d", "grounds": { "new-ground": { "title": "t", "explanation": "e", "howToAddress": [], "evidence": [] }, "other": { "title": "t", "explanation": "e", "howToAddress": [], "evidence": [] } }, "nextSteps": {}, "warnings": {} }""");
        var error = Assert.Throws<InvalidDataException>(() => GroundsCatalogue.Load(grounds, explanations));
        Assert.Contains("@no-such-concept", error.Message);
    }

    [Fact]
    public void EveryConceptSaysWhatItTeachesAndEverySynonymFitsTheMatcher()
    {
        Assert.NotEmpty(TextPipeline.Catalogue.Grounds.Concepts);
        foreach (var concept in TextPipeline.Catalogue.Grounds.Concepts.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(concept.Teaches), concept.Name);
            Assert.NotEmpty(concept.Synonyms);
            foreach (var synonym in concept.Synonyms)
                _ = new ApproximatePattern(Skeleton.Of(synonym).Value);
        }
    }

    private static MemoryStream Text(string json) => new(System.Text.Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("grounds.json")]
    [InlineData("concerns.json")]
    public void NoNameIsWrittenTwiceInOneObjectOfTheCatalogue(string file)
    {
        // A JSON object that names a concept twice keeps only one of them, silently: the other's words are lost.
        var reader = new System.Text.Json.Utf8JsonReader(File.ReadAllBytes(Support.Repository.PathOf("src", "LetterParser.Core", "Catalogue", file)));
        var names = new Stack<HashSet<string>>();
        var repeated = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.StartObject)
                names.Push([]);
            else if (reader.TokenType == System.Text.Json.JsonTokenType.EndObject)
                names.Pop();
            else if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && !names.Peek().Add(reader.GetString()!))
                repeated.Add(reader.GetString()!);
        }
        Assert.Empty(repeated);
    }
}
