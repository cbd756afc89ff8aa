using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Reviewing;
using LetterParser.Core.Tests.Support;
using static LetterParser.Core.Tests.Support.StageResults;

namespace LetterParser.Core.Tests.Reviewing;

public class ReviewAssessorTests
{
    private static readonly ReviewAssessor Assessor = new(ReviewOptions.Default);

    private const string Funds = "You have not demonstrated that you have sufficient funds to support yourself in Canada.";

    private static FoundGround Found(string groundId, int page = 1, double confidence = 0.95, bool readByOcr = false) =>
        new(groundId, Funds, page, confidence, [], null, null, readByOcr);

    /// <summary>A digital sentence refusal, read without a doubt: each test adds the doubt it is about.</summary>
    private static ReadingDoubts Clean() => new(
        LetterTextBuilder.FromText("Dear Jane Doe,\n" + Funds),
        NoSections,
        AbroadHeader,
        DocumentKind.RefusalLetter,
        KindUnclear: false,
        StructuredPrintout: false,
        new ReasonItems([new ReasonItem(Funds, 1, BoxState.NoBox)], ReasonsLayout.Sentences, false),
        NothingMatched,
        [Found("insufficient-funds")]);

    private static DocumentText Scan(params double[] pageConfidences) =>
        new("application/pdf", pageConfidences.Select((c, i) => new PageText(i + 1, 612, 792, [], [], ReadingMethod.Ocr, c)).ToList());

    private static string[] Codes(ReadingDoubts doubts) => Assessor.Assess(doubts).Reasons.Select(r => r.Code).ToArray();

    [Fact]
    public void ACleanDigitalLetterReadWithoutDoubtIsNotFlagged()
    {
        var review = Assessor.Assess(Clean());

        Assert.False(review.Needed);
        Assert.Empty(review.Reasons);
    }

    [Fact]
    public void AFormWhoseBoxesCouldNotBeReadIsFlaggedAsUnreadableBox()
    {
        var doubts = Clean() with
        {
            Items = new ReasonItems([new ReasonItem(Funds, 1, BoxState.NoBox)], ReasonsLayout.Checkboxes, BoxesUnreadable: true),
            Matched = NothingMatched with { UnreadableBoxes = [new UnrecognizedText(Funds, 1)] },
            Found = [],
        };

        var review = Assessor.Assess(doubts);

        Assert.True(review.Needed);
        Assert.Equal(1, Assert.Single(review.Reasons, r => r.Code == "unreadable-box").Page);
        // No box read is the cause, so it is not also reported as a refusal without reasons.
        Assert.DoesNotContain(review.Reasons, r => r.Code == "no-reason-found");
    }

    [Fact]
    public void AReasonLineWhoseBoxWasLostIsFlaggedOnItsPage()
    {
        var doubts = Clean() with { Matched = NothingMatched with { UnreadableBoxes = [new UnrecognizedText(Funds, 2)] } };

        Assert.Equal(2, Assert.Single(Assessor.Assess(doubts).Reasons, r => r.Code == "unreadable-box").Page);
    }

    [Fact]
    public void ALetterWithoutADateIsFlaggedMissingDate() =>
        Assert.Contains("missing-date", Codes(Clean() with { Header = AbroadHeaderWith(l => l with { Date = null }) }));

    [Fact]
    public void AFairnessLetterWithoutADateIsFlaggedMissingDate() =>
        // Its response deadline is often "30 days from the date of this letter".
        Assert.Contains("missing-date", Codes(Clean() with { Kind = DocumentKind.ProceduralFairnessLetter, Found = [], Header = AbroadHeaderWith(l => l with { Date = null }) }));

    [Fact]
    public void ALetterWithoutAnApplicationNumberIsFlaggedMissingIdentifier() =>
        Assert.Contains("missing-identifier", Codes(Clean() with { Header = AbroadHeaderWith(l => l with { ApplicationNumber = null }) }));

    [Fact]
    public void AReasonThatMatchedNoGroundIsFlaggedOnItsPage()
    {
        var doubts = Clean() with { Matched = NothingMatched with { Unrecognized = [new UnrecognizedText("Your passport expires soon.", 2)] } };

        Assert.Equal(2, Assert.Single(Assessor.Assess(doubts).Reasons, r => r.Code == "unrecognized-reason").Page);
    }

    [Fact]
    public void AReasonTwoGroundsCompeteForIsFlaggedAmbiguous()
    {
        var doubts = Clean() with { Matched = NothingMatched with { Ambiguous = [new ReasonItem(Funds, 1, BoxState.NoBox)] } };

        Assert.Contains("ambiguous-match", Codes(doubts));
    }

    [Fact]
    public void ARefusalWithNoReasonFoundIsFlagged() =>
        Assert.Contains("no-reason-found", Codes(Clean() with { Found = [] }));

    private static DocumentText ScanWithBoxes(params double[] boxConfidences) =>
        new("application/pdf", [new PageText(1, 612, 792, [], boxConfidences.Select(c => new CheckboxMark(new Box(10, 10, 20, 20), true, c)).ToList(), ReadingMethod.Ocr, 0.97)]);

    private static ReasonItems TickedForm => new([new ReasonItem(Funds, 1, BoxState.Ticked)], ReasonsLayout.Checkboxes, false);

    [Fact]
    public void ABoxWhoseInkIsNearTheLineBetweenTickedAndEmptyIsWorthALook() =>
        Assert.Equal(["scanned-checkboxes"], Codes(Clean() with { Document = ScanWithBoxes(1.0, 0.7), Items = TickedForm }));

    [Fact]
    public void BoxesTypedAsCharactersThatOcrReadBackAreWorthALook() =>
        // No box drawn on the page: the ticks are "[X]" read as text, and an X may be noise.
        Assert.Equal(["scanned-checkboxes"], Codes(Clean() with { Document = Scan(0.97), Items = TickedForm }));

    [Fact]
    public void AScanWhoseEveryBoxIsClearlyInkedOrEmptyNeedsNoCheckForItsBoxes() =>
        Assert.DoesNotContain("scanned-checkboxes", Codes(Clean() with { Document = ScanWithBoxes(1.0, 0.95, 1.0), Items = TickedForm }));

    [Fact]
    public void ALetterReadFromAPhotoIsFlagged() =>
        Assert.Contains("photo", Codes(Clean() with { Document = new DocumentText("image/jpeg", Scan(0.97).Pages) }));

    [Fact]
    public void LowOcrConfidenceOnThePageOfAFindingIsFlagged()
    {
        var doubts = Clean() with { Document = Scan(0.97, 0.80), Found = [Found("insufficient-funds", page: 2)] };

        Assert.Equal(2, Assert.Single(Assessor.Assess(doubts).Reasons, r => r.Code == "low-ocr-confidence").Page);
    }

    [Fact]
    public void LowOcrConfidenceOnAPageNoFindingCameFromIsNotFlagged()
    {
        var doubts = Clean() with { Document = Scan(0.97, 0.80), Found = [Found("insufficient-funds", page: 1)] };

        Assert.DoesNotContain("low-ocr-confidence", Codes(doubts));
    }

    [Fact]
    public void AFindingWhoseOwnWordsWereReadPoorlyIsFlagged()
    {
        var doubts = Clean() with { Document = Scan(0.97), Found = [Found("insufficient-funds", confidence: 0.4, readByOcr: true)] };

        Assert.Contains("low-ocr-confidence", Codes(doubts));
    }

    [Fact]
    public void NotesWithoutTheirLetterAreFlaggedAsAMissingLetter()
    {
        var doubts = Clean() with { Kind = DocumentKind.Other, Found = [], Sections = new LetterSections([], [], [], [], NotesOnly: true) };

        Assert.Equal(["letter-missing"], Codes(doubts));
    }

    [Fact]
    public void AGcmsPrintoutIsNotesFromItsFirstLineAndNoLetterIsMissing()
    {
        var doubts = Clean() with
        {
            Kind = DocumentKind.GcmsNotes, StructuredPrintout = true, Found = [],
            Sections = new LetterSections([], [], [], [], NotesOnly: true),
        };

        Assert.DoesNotContain("letter-missing", Codes(doubts));
    }

    [Fact]
    public void ADocumentOfUnclearKindIsFlagged() =>
        Assert.Contains("unclear-document-kind", Codes(Clean() with { KindUnclear = true }));

    [Fact]
    public void AFairnessLetterHasNoGroundsToFind() =>
        Assert.False(Assessor.Assess(Clean() with { Kind = DocumentKind.ProceduralFairnessLetter, Found = [] }).Needed);

    [Fact]
    public void TheSameCauseOnTheSamePageIsOneReason()
    {
        var doubts = Clean() with
        {
            Matched = NothingMatched with { Unrecognized = [new UnrecognizedText("Your passport expires soon.", 2), new UnrecognizedText("Your visa expired.", 2)] },
        };

        Assert.Single(Assessor.Assess(doubts).Reasons, r => r.Code == "unrecognized-reason");
    }
}
