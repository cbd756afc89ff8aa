using LetterParser.Core.Explaining;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Explaining;

public class LetterExplainerTests
{
    private static readonly LetterExplainer Explainer = new(TextPipeline.Catalogue.Grounds);

    private const string Umbrella = "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your travel history.";

    private static FoundGround Found(string groundId, string quote, IReadOnlyList<FoundGround>? factors = null, string? regulation = null, string? category = null) =>
        new(groundId, quote, 2, 0.91234, factors ?? [], regulation, category, ReadByOcr: false);

    [Fact]
    public void EachGroundIsExplainedInTheCataloguesWords()
    {
        var ground = TextPipeline.Catalogue.Grounds["insufficient-funds"];

        var finding = Assert.Single(Explainer.Explain([Found("insufficient-funds", "You have not demonstrated that you have sufficient funds.")]));

        Assert.Equal(ground.Title, finding.Title);
        Assert.Equal(ground.Explanation, finding.Explanation);
        Assert.Equal(ground.HowToAddress, finding.HowToAddress);
        Assert.Equal(ground.Evidence, finding.Evidence);
        Assert.NotEmpty(finding.Explanation);
    }

    [Fact]
    public void WhatTheLetterSaidIsKeptAsFound()
    {
        var finding = Assert.Single(Explainer.Explain([Found("will-not-leave", Umbrella, regulation: "paragraph 200(1)(b) of the IRPR")]));

        Assert.Equal("will-not-leave", finding.GroundId);
        Assert.Equal(Umbrella, finding.Quote);
        Assert.Equal("paragraph 200(1)(b) of the IRPR", finding.Regulation);
        Assert.Equal(2, finding.Page);
        Assert.Equal(0.912, finding.Confidence);
    }

    [Fact]
    public void FactorsAreExplainedUnderTheirUmbrellaWithTheirOwnTitles()
    {
        var factor = Found("will-not-leave.travel-history", "based on your travel history");

        var finding = Assert.Single(Explainer.Explain([Found("will-not-leave", Umbrella, factors: [factor])]));

        var explained = Assert.Single(finding.Factors);
        Assert.Equal("will-not-leave.travel-history", explained.GroundId);
        Assert.Equal(TextPipeline.Catalogue.Grounds["will-not-leave.travel-history"].Title, explained.Title);
        Assert.Equal("based on your travel history", explained.Quote);
    }

    [Fact]
    public void TheCategoryOfACategoryRefusalIsCarriedOver() =>
        Assert.Equal("intra-company transferee",
            Assert.Single(Explainer.Explain([Found("category-eligibility", "You have not established that you meet the eligibility requirements.", category: "intra-company transferee")])).Category);

    [Fact]
    public void TheExplainerDecidesNothingItKeepsEveryGroundInItsOrder()
    {
        var found = new[]
        {
            Found("misrepresentation", "You are inadmissible to Canada under paragraph 40(1)(a) of the Act."),
            Found("insufficient-funds", "You have not demonstrated that you have sufficient funds."),
            Found("other", "Your passport expires soon."),
        };

        Assert.Equal(["misrepresentation", "insufficient-funds", "other"], Explainer.Explain(found).Select(f => f.GroundId));
    }
}
