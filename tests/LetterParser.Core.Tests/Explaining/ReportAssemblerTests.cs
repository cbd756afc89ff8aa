using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;
using static LetterParser.Core.Tests.Support.StageResults;

namespace LetterParser.Core.Tests.Explaining;

public class ReportAssemblerTests
{
    private static readonly ReportAssembler Assembler = new(TextPipeline.Catalogue.Grounds);

    private const string Funds = "You have not demonstrated that you have sufficient funds to support yourself in Canada.";

    private static Finding Explained(string groundId, string quote) =>
        new LetterExplainer(TextPipeline.Catalogue.Grounds).Explain([new FoundGround(groundId, quote, 1, 0.95, [], null, null, false)])[0];

    /// <summary>A sentence refusal from abroad with one finding, read cleanly: each test changes the part it is about.</summary>
    private static LetterAnalysis Refusal() => new(
        LetterTextBuilder.FromText("Dear Jane Doe,\n" + Funds),
        "letter.pdf",
        NoSections,
        AbroadHeader,
        DocumentKind.RefusalLetter,
        new ReasonItems([new ReasonItem(Funds, 1, BoxState.NoBox)], ReasonsLayout.Sentences, false),
        NothingMatched,
        [Explained("insufficient-funds", Funds)],
        [],
        new LetterSituation(RestorationUnavailable: false, MustLeaveCanada: false),
        [],
        ReviewInfo.NotNeeded);

    private static string Warning(string code, int? page = null) => TextPipeline.Catalogue.Grounds.Warning(code, page);

    private static IReadOnlyList<string> Warnings(LetterAnalysis analysis) => Assembler.Assemble(analysis).Warnings;

    [Fact]
    public void ACleanRefusalFromAbroadCarriesItsFactsAndNoWarning()
    {
        var report = Assembler.Assemble(Refusal());

        Assert.True(report.IsRefusalLetter);
        Assert.Equal(DocumentKind.RefusalLetter, report.DocumentKind);
        Assert.Equal(new DateOnly(2024, 3, 18), report.Letter.Date);
        Assert.Equal("W309876543", report.Letter.ApplicationNumber);
        Assert.Equal(DecisionLocation.OutsideCanada, report.Letter.DecisionLocation);
        Assert.Equal(["insufficient-funds"], report.Findings.Select(f => f.GroundId));
        Assert.Empty(report.Warnings);
        Assert.Equal(TextPipeline.Catalogue.Grounds.Disclaimer, report.Disclaimer);
        Assert.Equal(TextPipeline.Catalogue.Grounds.Version, report.Catalogue.Version);
    }

    [Fact]
    public void ALetterWithoutADateIsWarnedThatNoDeadlineCouldBeComputed() =>
        Assert.Contains(Warning("missing-date"), Warnings(Refusal() with { Header = AbroadHeaderWith(l => l with { Date = null }) }));

    [Fact]
    public void ALetterThatDoesNotSayWhereItWasDecidedIsWarnedThatBothDeadlinesAreShown() =>
        Assert.Contains(Warning("location-unknown"), Warnings(Refusal() with { Header = AbroadHeaderWith(l => l with { DecisionLocation = DecisionLocation.Unknown }) }));

    [Fact]
    public void RestorationRuledOutInsideCanadaIsExplained()
    {
        var inside = Refusal() with
        {
            Header = AbroadHeaderWith(l => l with { DecisionLocation = DecisionLocation.InsideCanada }),
            Situation = new LetterSituation(RestorationUnavailable: true, MustLeaveCanada: false),
        };

        Assert.Contains(Warning("restoration-unavailable"), Warnings(inside));
        Assert.DoesNotContain(Warning("restoration-unavailable"), Warnings(inside with { Header = AbroadHeader }));
    }

    [Fact]
    public void AFormWhoseBoxesCouldNotBeReadSaysSoAndNotThatNoReasonWasFound()
    {
        var unreadable = Refusal() with { Items = new ReasonItems([], ReasonsLayout.Checkboxes, BoxesUnreadable: true), Findings = [] };

        var warnings = Warnings(unreadable);

        Assert.Contains(Warning("boxes-unreadable"), warnings);
        Assert.DoesNotContain(Warning("no-reason-found"), warnings);
    }

    [Fact]
    public void AReasonLineWhoseBoxWasLostIsWarnedAboutOnItsPage()
    {
        var lost = Refusal() with { Matched = NothingMatched with { UnreadableBoxes = [new UnrecognizedText(Funds, 2)] } };

        Assert.Contains(Warning("box-lost", 2), Warnings(lost));
    }

    [Fact]
    public void ARefusalWithNoReasonFoundSaysSo() =>
        Assert.Contains(Warning("no-reason-found"), Warnings(Refusal() with { Findings = [] }));

    [Fact]
    public void ATruthfulnessFindingCarriesItsWarning() =>
        Assert.Contains(Warning("documents-truthfulness"),
            Warnings(Refusal() with { Findings = [Explained("documents.truthfulness", "I am not satisfied that you have answered truthfully all questions asked of you.")] }));

    [Fact]
    public void AFrenchLetterCarriesTheFrenchLetterNote() =>
        Assert.Contains(Warning("french-letter"), Warnings(Refusal() with { Header = AbroadHeader with { Language = LetterLanguage.Fr } }));

    [Theory]
    [InlineData(DocumentKind.GcmsNotes, "gcms-notes")]
    [InlineData(DocumentKind.ProceduralFairnessLetter, "procedural-fairness")]
    [InlineData(DocumentKind.ApprovalLetter, "approval")]
    [InlineData(DocumentKind.Other, "not-a-refusal")]
    public void ADocumentThatIsNoRefusalSaysWhatItIsAndCarriesNoRefusalParts(DocumentKind kind, string warning)
    {
        var analysis = Refusal() with
        {
            Kind = kind,
            Findings = [],
            Matched = NothingMatched with { Unrecognized = [new UnrecognizedText("A sentence of the document.", 1)] },
        };

        var report = Assembler.Assemble(analysis);

        Assert.False(report.IsRefusalLetter);
        Assert.Equal(kind, report.DocumentKind);
        Assert.Contains(Warning(warning), report.Warnings);
        Assert.Empty(report.Unrecognized);
        Assert.Equal(LetterFormat.Unknown, report.Letter.Format);
        Assert.DoesNotContain(Warning("missing-date"), Warnings(analysis with { Header = AbroadHeaderWith(l => l with { Date = null }) }));
    }

    [Fact]
    public void NotesWithoutTheirLetterAreWarnedAsALostLetterPage()
    {
        var notesOnly = Refusal() with { Kind = DocumentKind.Other, Findings = [], Sections = new LetterSections([], [], [], [], NotesOnly: true) };

        Assert.Contains(Warning("notes-only"), Warnings(notesOnly));
    }

    [Fact]
    public void AFileThatIsNoIrccLetterHasNoPermitOrDecisionPlace()
    {
        var report = Assembler.Assemble(Refusal() with { Kind = DocumentKind.Other, Findings = [], Header = AbroadHeader with { IsIrccLetter = false } });

        Assert.Equal(PermitType.Unknown, report.Letter.PermitType);
        Assert.Equal(DecisionLocation.Unknown, report.Letter.DecisionLocation);
    }

    [Theory]
    [InlineData(ReasonsLayout.Checkboxes, DecisionLocation.OutsideCanada, LetterFormat.Checkbox)]
    [InlineData(ReasonsLayout.Checkboxes, DecisionLocation.InsideCanada, LetterFormat.Checkbox)]
    [InlineData(ReasonsLayout.Sentences, DecisionLocation.InsideCanada, LetterFormat.InCanada)]
    [InlineData(ReasonsLayout.Bullets, DecisionLocation.OutsideCanada, LetterFormat.Nested)]
    [InlineData(ReasonsLayout.Sentences, DecisionLocation.OutsideCanada, LetterFormat.Sentences)]
    public void TheLettersFormatFollowsItsReasonsLayoutAndPlace(ReasonsLayout layout, DecisionLocation location, LetterFormat format)
    {
        var analysis = Refusal() with { Items = new ReasonItems([], layout, false), Header = AbroadHeaderWith(l => l with { DecisionLocation = location }) };

        Assert.Equal(format, Assembler.Assemble(analysis).Letter.Format);
    }

    [Fact]
    public void NotesAttachedToARefusalAreKeptApartAsTheOfficersNotes()
    {
        var layout = ReadingStages.Layout("Dear Jane Doe,\nOfficer's decision notes\nThe applicant's travel history is limited.");
        var withNotes = Refusal() with { Sections = new LetterSections([], [], [], layout.Lines.Skip(1).ToList(), NotesOnly: false) };

        Assert.Equal("Officer's decision notes The applicant's travel history is limited.", Assembler.Assemble(withNotes).OfficerNotes);
        Assert.Null(Assembler.Assemble(Refusal()).OfficerNotes);
    }

    [Fact]
    public void ExtractionWarningsAndTheReviewArePassedOn()
    {
        var document = new DocumentText("application/pdf",
            [new PageText(1, 612, 792, [], [], ReadingMethod.Ocr, OcrConfidence: 0.81, Rotation: 90)], ["Page 1 is a poor scan."]);
        var review = ReviewInfo.Of([new ReviewReason("low-ocr-confidence", "Page 1 was read by OCR with low confidence.", 1)]);

        var report = Assembler.Assemble(Refusal() with { Document = document, Review = review });

        Assert.Equal("Page 1 is a poor scan.", report.Warnings[0]);
        Assert.Same(review, report.Review);
        var page = Assert.Single(report.Source.Pages);
        Assert.Equal(PageMethod.Ocr, page.Method);
        Assert.Equal(0.81, page.OcrConfidence);
        Assert.Equal(90, page.Rotation);
    }
}
