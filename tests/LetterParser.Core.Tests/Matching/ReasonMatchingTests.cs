using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Matching;

public class ReasonMatchingTests
{
    private static readonly ReasonMatching Matching = new(new GroundMatcher(TextPipeline.Catalogue.Grounds));

    private const string Funds = "You have not demonstrated that you have sufficient funds to support yourself in Canada.";
    private const string Perform = "You were not able to demonstrate that you will be able to adequately perform the work you seek.";
    private const string Misrepresentation = "You are inadmissible to Canada under paragraph 40(1)(a) of the Act for misrepresentation.";
    private const string Opening = "I am refusing your application for the following reasons:";

    private static MatchedReasons Sentences(params ReasonItem[] items) => Matching.Match(new ReasonItems(items, ReasonsLayout.Sentences, false));

    private static MatchedReasons Checkboxes(params ReasonItem[] items) => Matching.Match(new ReasonItems(items, ReasonsLayout.Checkboxes, false));

    private static string[] Grounds(MatchedReasons matched) => matched.Hits.Select(h => h.Hit.GroundId).Distinct().Order().ToArray();

    [Fact]
    public void ATickedBoxThatNamesAGroundIsThatGround() =>
        Assert.Equal(["insufficient-funds"], Grounds(Checkboxes(new ReasonItem(Funds, 1, BoxState.Ticked))));

    [Fact]
    public void AnUntickedBoxIsNeverAGroundNorAnythingElse()
    {
        var matched = Checkboxes(new ReasonItem(Misrepresentation, 1, BoxState.Unticked), new ReasonItem(Funds, 1, BoxState.Ticked, Paragraph: 1));

        Assert.Equal(["insufficient-funds"], Grounds(matched));
        Assert.Empty(matched.Unrecognized);
        Assert.Empty(matched.UnreadableBoxes);
    }

    [Fact]
    public void ABoxWhoseReadingIsUnsureIsListedAsUnreadableAndNeverCounted()
    {
        var matched = Checkboxes(new ReasonItem(Misrepresentation, 2, BoxState.Ticked, BoxConfidence: 0.5));

        Assert.Empty(matched.Hits);
        Assert.Equal(Misrepresentation, Assert.Single(matched.UnreadableBoxes).Text);
        Assert.Equal(2, matched.UnreadableBoxes[0].Page);
    }

    [Fact]
    public void InACheckboxLetterAReasonBesideNoBoxIsListedNotCounted()
    {
        var matched = Checkboxes(new ReasonItem(Funds, 1, BoxState.NoBox), new ReasonItem(Perform, 1, BoxState.Ticked, Paragraph: 1));

        Assert.Equal(["ability-to-perform-work"], Grounds(matched));
        Assert.Equal(Funds, Assert.Single(matched.UnreadableBoxes).Text);
    }

    [Fact]
    public void AFormWhoseBoxesCouldNotBeReadCountsNoGroundAndListsThemAll()
    {
        var items = new ReasonItems([new ReasonItem(Funds, 1, BoxState.NoBox), new ReasonItem(Misrepresentation, 1, BoxState.NoBox, Paragraph: 1)],
            ReasonsLayout.Checkboxes, BoxesUnreadable: true);

        var matched = Matching.Match(items);

        Assert.Empty(matched.Hits);
        Assert.Equal([Misrepresentation, Funds], matched.UnreadableBoxes.Select(u => u.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ATickedOtherLineKeepsTheOfficersWords()
    {
        var matched = Checkboxes(new ReasonItem("Other: the employer's business licence had expired.", 1, BoxState.Ticked));

        Assert.Empty(matched.Hits);
        Assert.Equal("the employer's business licence had expired", Assert.Single(matched.OtherLines).Text);
    }

    [Fact]
    public void AReasonThatMatchesNoGroundIsKeptVerbatim()
    {
        const string Unknown = "Your passport expires before the end of the proposed period of employment.";

        var matched = Sentences(new ReasonItem(Opening, 1, BoxState.NoBox), new ReasonItem(Funds, 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem(Unknown, 2, BoxState.NoBox, Paragraph: 2));

        var kept = Assert.Single(matched.Unrecognized);
        Assert.Equal(Unknown, kept.Text);
        Assert.Equal(2, kept.Page);
    }

    [Fact]
    public void TheConditionsAGeneralSentenceListsBelongToTheCategoryRefusal()
    {
        var matched = Sentences(
            new ReasonItem("Your application as submitted is therefore refused.", 1, BoxState.NoBox),
            new ReasonItem("A foreign student in Canada qualifies for a post-graduation work permit only if he or she:", 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem("kept full-time student status in Canada during each academic session of the program;", 1, BoxState.NoBox, Paragraph: 2, ListEntry: true),
            new ReasonItem("applied within the period allowed after completing the program.", 1, BoxState.NoBox, Paragraph: 3, ListEntry: true),
            new ReasonItem("As you do not meet this requirement, it has been determined that you are not eligible for a work permit in this category.", 1, BoxState.NoBox, Paragraph: 4));

        Assert.Equal(["category-eligibility"], Grounds(matched));
        Assert.Empty(matched.Unrecognized);
    }

    [Fact]
    public void AListIntroducedByAReasonsElaborationBelongsToThatReason()
    {
        var matched = Sentences(
            new ReasonItem(Opening, 1, BoxState.NoBox),
            new ReasonItem("It has been determined that you are not eligible for a post-graduation work permit.", 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem("A foreign student qualifies only if he or she:", 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem("kept full-time student status during each academic session;", 1, BoxState.NoBox, Paragraph: 2, ListEntry: true),
            new ReasonItem("applied within the period allowed after completing the program.", 1, BoxState.NoBox, Paragraph: 3, ListEntry: true));

        Assert.Equal(["category-eligibility"], Grounds(matched));
        Assert.Empty(matched.Unrecognized);
        Assert.Contains("applied within the period", matched.Hits.Single().Item.Text);
    }

    [Fact]
    public void AFactorPhraseInsideAnotherGroundsSentenceIsThatGroundsWording()
    {
        var matched = Sentences(
            new ReasonItem(Opening, 1, BoxState.NoBox),
            new ReasonItem("Je ne suis pas convaincu que vous disposiez de fonds suffisants pour la durée du séjour envisagé.", 1, BoxState.NoBox, Paragraph: 1, ListEntry: true),
            new ReasonItem("Je ne suis pas convaincu que vous retourniez dans votre pays à la fin de votre séjour, vu vos attaches familiales au Canada.", 1, BoxState.NoBox, Paragraph: 2, ListEntry: true));

        Assert.Equal(["insufficient-funds", "will-not-leave", "will-not-leave.family-ties"], Grounds(matched));
    }

    [Fact]
    public void APreambleSentenceBeforeTheReasonsIsNoReason()
    {
        var matched = Sentences(new ReasonItem("Thank you for the interest you have shown in visiting our country this year.", 1, BoxState.NoBox),
            new ReasonItem(Opening, 1, BoxState.NoBox, Paragraph: 1), new ReasonItem(Funds, 1, BoxState.NoBox, Paragraph: 2));

        Assert.Equal(["insufficient-funds"], Grounds(matched));
        Assert.Empty(matched.Unrecognized);
    }

    [Fact]
    public void AnUnknownSentenceRightAfterAReasonInItsParagraphIsItsElaboration()
    {
        const string Detail = "Specifically, the bank statements you provided show a balance built up in the week before you applied.";

        var matched = Sentences(new ReasonItem(Opening, 1, BoxState.NoBox), new ReasonItem(Funds, 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem(Detail, 1, BoxState.NoBox, Paragraph: 1));

        Assert.Empty(matched.Unrecognized);
        Assert.Equal(Funds + " " + Detail, Assert.Single(matched.Hits).Item.Text);
    }

    [Fact]
    public void ALeadInSentenceIsJoinedToTheReasonAfterItInItsParagraph()
    {
        const string LeadIn = "On 3 December the officer asked you for a detailed description of the duties of the job offered.";

        var matched = Sentences(new ReasonItem(Opening, 1, BoxState.NoBox), new ReasonItem(Funds, 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem(LeadIn, 1, BoxState.NoBox, Paragraph: 2), new ReasonItem(Perform, 1, BoxState.NoBox, Paragraph: 2));

        Assert.Empty(matched.Unrecognized);
        var hit = Assert.Single(matched.Hits, h => h.Hit.GroundId == "ability-to-perform-work");
        Assert.Equal(LeadIn + " " + Perform, hit.Item.Text);
    }

    [Fact]
    public void FactorLinesUnderALeadInThatMakesTheFindingAreItsFactors()
    {
        var matched = Sentences(
            new ReasonItem("I am not satisfied that you will leave Canada at the end of your stay, based on the following factors:", 1, BoxState.NoBox),
            new ReasonItem("your travel history", 1, BoxState.NoBox, Paragraph: 1, ListEntry: true),
            new ReasonItem("the purpose of your visit", 1, BoxState.NoBox, Paragraph: 2, ListEntry: true));

        Assert.Equal(["will-not-leave", "will-not-leave.purpose-of-visit", "will-not-leave.travel-history"], Grounds(matched));
        Assert.Empty(matched.Unrecognized);
    }

    [Fact]
    public void ASentenceThatDescribesWhatOfficersWeighIsNoFinding()
    {
        var matched = Sentences(new ReasonItem(Opening, 1, BoxState.NoBox),
            new ReasonItem("In assessing an application, officers consider factors such as travel history, family ties and immigration status.", 1, BoxState.NoBox, Paragraph: 1),
            new ReasonItem(Funds, 1, BoxState.NoBox, Paragraph: 2));

        Assert.Equal(["insufficient-funds"], Grounds(matched));
    }

    [Fact]
    public void AWholeFormReadAsSentencesIsListedForAPersonNotReported()
    {
        // Each ground of the printed form on its own line, none beside a box: every unticked box would be reported.
        string[] form =
        [
            "You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.",
            Perform,
            Funds,
            "You have not provided the documents requested.",
            Misrepresentation,
            "You are inadmissible to Canada on health grounds.",
            "You are inadmissible to Canada on grounds of criminality.",
            "You are inadmissible to Canada on security grounds.",
            "I am not satisfied that the offer of employment is genuine.",
            "You do not have a valid positive Labour Market Impact Assessment.",
        ];

        var matched = Sentences([new ReasonItem(Opening, 1, BoxState.NoBox), .. form.Select((t, i) => new ReasonItem(t, 1, BoxState.NoBox, Paragraph: i + 1))]);

        Assert.True(matched.FormWithoutBoxes);
        Assert.Empty(matched.Hits);
        Assert.NotEmpty(matched.UnreadableBoxes);
    }
}
