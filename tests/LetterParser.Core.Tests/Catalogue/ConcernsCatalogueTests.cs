using System.Text;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Catalogue;

public class ConcernsCatalogueTests
{
    private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();

    // The ids of shared/domain/officer-notes.md §2, each with the ground it supports by default.
    public static TheoryData<string, string> DomainIds() => new()
    {
        { "funds.insufficient", "insufficient-funds" }, { "funds.unexplained-deposit", "insufficient-funds" },
        { "funds.source-unclear", "insufficient-funds" }, { "funds.transaction-history", "insufficient-funds" },
        { "funds.income-not-documented", "insufficient-funds" }, { "funds.third-party-support", "insufficient-funds" },
        { "ties.family-in-canada", "will-not-leave.family-ties" }, { "ties.no-dependants", "will-not-leave.family-ties" },
        { "ties.accompanying-family", "will-not-leave.family-ties" }, { "ties.not-established", "will-not-leave.current-employment" },
        { "ties.limited-assets", "will-not-leave.assets-finances" }, { "employment.unemployed", "will-not-leave.current-employment" },
        { "status.temporary-in-residence-country", "will-not-leave.immigration-status" }, { "travel.none", "will-not-leave.travel-history" },
        { "travel.long-stays-abroad", "will-not-leave.travel-history" }, { "travel.previous-refusal", "will-not-leave.travel-history" },
        { "purpose.not-temporary", "will-not-leave.purpose-of-visit" }, { "purpose.study-regression", "will-not-leave.purpose-of-visit" },
        { "purpose.available-at-home", "will-not-leave.purpose-of-visit" }, { "purpose.study-plan-weak", "will-not-leave.purpose-of-visit" },
        { "job.experience-insufficient", "ability-to-perform-work" }, { "job.qualification-not-shown", "ability-to-perform-work" },
        { "job.reference-letters-weak", "ability-to-perform-work" }, { "language.no-evidence", "ability-to-perform-work" },
        { "language.below-requirement", "ability-to-perform-work" }, { "job.employer-genuineness", "job-offer.genuineness" },
        { "job.wage-below-prevailing", "job-offer.genuineness" }, { "credibility.inconsistency", "documents.truthfulness" },
        { "documents.missing", "documents.not-provided" },
    };

    [Theory]
    [MemberData(nameof(DomainIds))]
    public void EveryDomainConcernIsInTheCatalogueWithItsGroundAndTextsInBothLanguages(string id, string ground)
    {
        var concern = Catalogue[id];
        Assert.Equal(ground, concern.Supports);
        Assert.NotEqual(concern.Explanation.En, concern.Explanation.Fr);
        Assert.NotEmpty(concern.Evidence.En);
        Assert.Equal(concern.Evidence.En.Count, concern.Evidence.Fr.Count);
    }

    [Fact]
    public void TheCatalogueHoldsExactlyTheDomainConcerns() => Assert.Equal(29, Catalogue.Concerns.Count);

    [Fact]
    public void EveryGroundAConcernSupportsIsAKnownGround()
    {
        var grounds = TextPipeline.Catalogue.Grounds;
        foreach (var concern in Catalogue.Concerns)
        {
            foreach (var ground in concern.AlsoFits.Prepend(concern.Supports))
                Assert.True(grounds.Grounds.Any(g => g.Id == ground), $"{concern.Id} supports unknown ground {ground}");
        }
    }

    [Fact]
    public void OtherHasAnExplanationButNoGround()
    {
        Assert.NotEmpty(Catalogue.ExplanationOf(ConcernsCatalogue.OtherId, ReportLanguage.Fr));
        Assert.Null(Catalogue.GroundFor(ConcernsCatalogue.OtherId, null));
    }

    [Fact]
    public void AnUnknownVocabularyReferenceIsRefused()
    {
        const string json = """
            { "vocabulary": {}, "frame": [], "concerns": [ { "id": "x.y", "supports": "other", "cues": [ { "name": "n", "groups": [["@nope"]] } ],
              "explanation": { "en": "a", "fr": "b" }, "evidence": { "en": ["a"], "fr": ["b"] } } ],
              "other": { "explanation": { "en": "a", "fr": "b" }, "evidence": { "en": ["a"], "fr": ["b"] } } }
            """;
        Assert.Throws<InvalidDataException>(() => ConcernsCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
