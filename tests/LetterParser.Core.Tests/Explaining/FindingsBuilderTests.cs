using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Explaining;

public class FindingsBuilderTests
{
    private static readonly FindingsBuilder Builder = new(TextPipeline.Catalogue.Grounds);

    private static ReasonHit Hit(string groundId, string text, int page = 1, double score = 0.95, double boxConfidence = 1.0) =>
        new(new ReasonItem(text, page, BoxState.NoBox, BoxConfidence: boxConfidence), new GroundHit(groundId, score, 0, text.Length));

    private static MatchedReasons Reasons(IReadOnlyList<ReasonHit> hits, IReadOnlyList<UnrecognizedText>? others = null, IReadOnlyList<UnrecognizedText>? unrecognized = null) =>
        new(hits, others ?? [], unrecognized ?? [], [], [], false);

    private static IReadOnlyList<FoundGround> Build(MatchedReasons reasons, PermitType permit = PermitType.WorkPermit, bool readByOcr = false) =>
        Builder.Build(reasons, permit, readByOcr);

    [Fact]
    public void FactorsAreNestedUnderTheWillNotLeaveFinding()
    {
        const string Umbrella = "I am not satisfied that you will leave Canada at the end of your stay, based on your travel history.";

        var found = Build(Reasons([Hit("will-not-leave", Umbrella), Hit("will-not-leave.travel-history", Umbrella)]));

        var finding = Assert.Single(found);
        Assert.Equal("will-not-leave", finding.GroundId);
        Assert.Equal(["will-not-leave.travel-history"], finding.Factors.Select(f => f.GroundId));
    }

    [Fact]
    public void AFactorAloneStillBringsItsUmbrella()
    {
        const string Factor = "The purpose of your visit to Canada is not consistent with a temporary stay.";

        var finding = Assert.Single(Build(Reasons([Hit("will-not-leave.purpose-of-visit", Factor, page: 2)])));

        Assert.Equal("will-not-leave", finding.GroundId);
        Assert.Equal(Factor, finding.Quote);
        Assert.Equal(2, finding.Page);
        Assert.Equal(["will-not-leave.purpose-of-visit"], finding.Factors.Select(f => f.GroundId));
    }

    [Fact]
    public void AGroundFoundTwiceIsOneFinding()
    {
        var found = Build(Reasons([
            Hit("insufficient-funds", "You have not demonstrated that you have sufficient funds.", score: 0.8),
            Hit("insufficient-funds", "Your assets and financial situation are insufficient.", page: 2, score: 0.9),
        ]));

        var finding = Assert.Single(found);
        Assert.Equal("You have not demonstrated that you have sufficient funds.", finding.Quote);
        Assert.Equal(0.9, finding.Confidence, 3);
    }

    [Fact]
    public void OtherLinesAndUnknownReasonsAreGatheredVerbatimUnderOther()
    {
        var found = Build(Reasons([Hit("insufficient-funds", "You have not demonstrated that you have sufficient funds.")],
            others: [new UnrecognizedText("the employer's business licence had expired", 2)],
            unrecognized: [new UnrecognizedText("Your passport expires before the end of the proposed period of employment.", 3)]));

        var other = Assert.Single(found, f => f.GroundId == "other");
        Assert.Equal("the employer's business licence had expired\nYour passport expires before the end of the proposed period of employment.", other.Quote);
        Assert.Equal(2, other.Page);
    }

    [Fact]
    public void MisrepresentationComesFirstAndOtherLast()
    {
        var found = Build(Reasons(
            [
                Hit("insufficient-funds", "You have not demonstrated that you have sufficient funds.", page: 1),
                Hit("misrepresentation", "You are inadmissible to Canada under paragraph 40(1)(a) of the Act.", page: 2),
            ],
            unrecognized: [new UnrecognizedText("Your passport expires before the end of the proposed period of employment.", 1)]));

        Assert.Equal(["misrepresentation", "insufficient-funds", "other"], found.Select(f => f.GroundId));
    }

    [Fact]
    public void TheProvisionTheLetterCitesIsKeptAsWritten()
    {
        const string Cited = "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 216(1)(b) of the IRPR.";

        var finding = Assert.Single(Build(Reasons([Hit("will-not-leave", Cited)])));

        Assert.Equal("paragraph 216(1)(b) of the IRPR", finding.Regulation);
    }

    [Theory]
    [InlineData(PermitType.WorkPermit, "IRPR 200(1)(b)")]
    [InlineData(PermitType.StudyPermit, "IRPR 216(1)(b)")]
    [InlineData(PermitType.VisitorVisa, "IRPR 179(b)")]
    public void WithoutACitationTheProvisionIsThePermitsOwn(PermitType permit, string regulation)
    {
        var finding = Assert.Single(Build(Reasons([Hit("will-not-leave", "I am not satisfied that you will leave Canada at the end of your stay.")]), permit));

        Assert.Equal(regulation, finding.Regulation);
    }

    [Fact]
    public void AWellMatchedLineBesideADoubtfulBoxIsNoSurerThanTheBox()
    {
        var finding = Assert.Single(Build(Reasons([Hit("insufficient-funds", "You have not demonstrated that you have sufficient funds.", score: 0.98, boxConfidence: 0.7)])));

        Assert.True(finding.Confidence <= 0.7, $"confidence {finding.Confidence}");
    }

    [Fact]
    public void ACategoryRefusalNamesTheCategory()
    {
        const string Category = "You have not established that you meet the eligibility requirements as an intra-company transferee in the C12 Specialized Knowledge category under R205(a).";

        var finding = Assert.Single(Build(Reasons([Hit("category-eligibility", Category)])));

        Assert.Equal("intra-company transferee", finding.Category);
    }

    [Fact]
    public void AFindingReadFromAScanSaysSo() =>
        Assert.All(Build(Reasons([Hit("insufficient-funds", "You have not demonstrated that you have sufficient funds.")]), readByOcr: true),
            f => Assert.True(f.ReadByOcr));

    [Fact]
    public void NoReasonsMakeNoFindings() =>
        Assert.Empty(Build(Reasons([])));
}
