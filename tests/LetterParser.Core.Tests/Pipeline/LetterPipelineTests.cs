using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Pipeline;

public class LetterPipelineTests
{
    /// <summary>Hands over a letter laid out in code, as extraction would.</summary>
    private sealed class TextSource(DocumentText document) : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) => Task.FromResult(document);
    }

    /// <summary>A source that, as a scanned file's would, says which page OCR is on while it reads.</summary>
    private sealed class ScannedTextSource(DocumentText document) : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) => Task.FromResult(document);

        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
        {
            progress?.Report(ReadingProgress.OcrPage(1, 2));
            progress?.Report(ReadingProgress.OcrPage(2, 2));
            return Task.FromResult(document);
        }
    }

    private sealed class Recorder : IProgress<ReadingProgress>
    {
        public List<ReadingProgress> Reports { get; } = [];

        public void Report(ReadingProgress value) => Reports.Add(value);
    }

    private static LetterPipeline Pipeline(string text) =>
        new(new TextSource(LetterTextBuilder.FromText(text)), TextPipeline.Catalogue, LetterLimits.Default, TimeProvider.System);

    private static readonly DateOnly Today = new(2024, 4, 1);

    private static readonly ProcessingOptions Options = new(Today: Today);

    [Fact]
    public async Task ReportsReadingThenMatchingToAPersonWatching()
    {
        var recorder = new Recorder();

        await Pipeline(Letters.CheckboxAbroad).ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options with { Progress = recorder }, CancellationToken.None);

        Assert.Equal([ReadingProgress.ReadingText, ReadingProgress.Matching], recorder.Reports);
    }

    [Fact]
    public async Task PassesTheSourcesOcrPagesOnBetweenReadingAndMatching()
    {
        var recorder = new Recorder();
        var pipeline = new LetterPipeline(new ScannedTextSource(LetterTextBuilder.FromText(Letters.CheckboxAbroad)), TextPipeline.Catalogue, LetterLimits.Default, TimeProvider.System);

        await pipeline.ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options with { Progress = recorder }, CancellationToken.None);

        Assert.Equal([ReadingProgress.ReadingText, new(ReadingStage.Ocr, 1, 2), new(ReadingStage.Ocr, 2, 2), ReadingProgress.Matching], recorder.Reports);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3, 2)]
    public void AnOcrPageOutsideItsFileIsRefused(int page, int pages) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingProgress.OcrPage(page, pages));

    [Fact]
    public async Task AFrenchLetterGetsAFrenchReportUnlessEnglishIsAskedFor()
    {
        var pipeline = Pipeline(Letters.FrenchSentences);

        var french = Assert.IsType<FindingsReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "lettre.pdf", Options, CancellationToken.None));
        var english = Assert.IsType<FindingsReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "lettre.pdf", Options with { Language = ReportLanguage.En }, CancellationToken.None));

        Assert.Equal(ReportLanguage.Fr, french.ReportLanguage);
        Assert.Equal(ReportLanguage.En, english.ReportLanguage);
        Assert.Equal(english.Findings.Select(f => f.Quote), french.Findings.Select(f => f.Quote));
        Assert.NotEqual(english.Findings.Select(f => f.Explanation), french.Findings.Select(f => f.Explanation));
    }

    [Fact]
    public async Task ADateReceivedBeforeTheLetterDateIsNotUsedAndFlagsTheReport()
    {
        var pipeline = Pipeline(Letters.CheckboxAbroad);

        var report = Assert.IsType<FindingsReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options with { NotifiedOn = new DateOnly(2014, 8, 1) }, CancellationToken.None));
        var plain = Assert.IsType<FindingsReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options, CancellationToken.None));

        Assert.Contains(report.Review.Reasons, r => r.Code == NotifiedDate.BeforeLetterDateCode);
        Assert.Equal(plain.NextSteps.SelectMany(s => s.Deadlines).Select(d => d.Date), report.NextSteps.SelectMany(s => s.Deadlines).Select(d => d.Date));
    }

    /// <summary>A clock that always reads the same instant, in UTC.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public void WithoutAGivenTodayTheDaysLeftComeFromTheClockThePipelineWasGiven()
    {
        var pipeline = new LetterPipeline(new TextSource(LetterTextBuilder.FromText(Letters.NestedNoOffice)), TextPipeline.Catalogue, LetterLimits.Default,
            new FixedClock(new DateTimeOffset(2024, 3, 28, 12, 0, 0, TimeSpan.Zero)));

        var report = pipeline.Report(LetterTextBuilder.FromText(Letters.NestedNoOffice), "letter.pdf", null);

        // Letter of 2024-03-18, decided at an unknown place: 15 and 60 days, counted to the clock's 2024-03-28.
        Assert.Equal([5, 50], report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview).Deadlines.Select(d => d.DaysLeft!.Value));
    }

    // From a letter's text to its report, through every stage after extraction.

    // Reported in English whatever the letter's language: these tests read the catalogue's English texts.
    private static FindingsReport ReportOf(string text, DateOnly? notified = null) =>
        TextPipeline.Report(LetterTextBuilder.FromText(text), "letter.pdf", new ProcessingOptions(notified, Today, ReportLanguage.En));

    private static string[] Grounds(FindingsReport report) => report.Findings.Select(f => f.GroundId).Order().ToArray();

    [Fact]
    public void TickedBoxesAreReportedAndUntickedBoxesAreNot()
    {
        var report = ReportOf(Letters.CheckboxAbroad);

        Assert.True(report.IsRefusalLetter);
        Assert.Equal(["insufficient-funds", "other", "will-not-leave"], Grounds(report));
        var umbrella = report.Findings.Single(f => f.GroundId == "will-not-leave");
        Assert.Equal(
            ["will-not-leave.current-employment", "will-not-leave.family-ties", "will-not-leave.travel-history"],
            umbrella.Factors.Select(f => f.GroundId).Order());
        Assert.Equal("the employer's business licence was expired at the time of the application", report.Findings.Single(f => f.GroundId == "other").Quote);
        Assert.Equal(LetterFormat.Checkbox, report.Letter.Format);
    }

    [Fact]
    public void InACheckboxLetterAReasonBesideNoReadableBoxIsNotCountedButWarnedAbout()
    {
        // As when a scan loses the box in front of "perform the work".
        var report = ReportOf(Letters.CheckboxAbroad.Replace(
            "[ ] You have not satisfied me that you will be able to adequately perform",
            "\nYou have not satisfied me that you will be able to adequately perform", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.GroundId == "ability-to-perform-work");
        Assert.Contains(report.Warnings, w => w.Contains("no checkbox that could be read", StringComparison.Ordinal));
    }

    [Fact]
    public void ScannedCheckboxesThatBecameStrayCharactersCountForNothingAndSaySo()
    {
        var scan = Letters.CheckboxAbroad.Replace("[x] ", "@ ", StringComparison.Ordinal).Replace("[ ] ", "Q ", StringComparison.Ordinal);
        var report = TextPipeline.Report(LetterTextBuilder.FromText(scan, wordConfidence: 0.8, ocr: true), "scan.png", new ProcessingOptions(null, Today));
        Assert.True(report.IsRefusalLetter);
        Assert.Empty(report.Findings);
        Assert.Contains(report.Warnings, w => w.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownSentenceBeforeAKnownOneInItsParagraphIsItsLeadInNotAReason()
    {
        var report = ReportOf(Letters.NestedNoOffice.Replace(
            "• You were not able to demonstrate",
            "• On March 1 the officer asked you for a detailed description of your duties. You were not able to demonstrate",
            StringComparison.Ordinal));
        Assert.Empty(report.Unrecognized);
        Assert.StartsWith("On March 1", report.Findings.Single(f => f.GroundId == "ability-to-perform-work").Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void APreambleSentenceIsNotAReasonButAnUnknownReasonAfterTheOpeningIs()
    {
        var report = ReportOf(Letters.NestedNoOffice.Replace(
            "• You were not able to demonstrate that you will be able to adequately perform the work you seek.",
            "• Your passport expires before the end of the proposed period of employment.",
            StringComparison.Ordinal));
        Assert.Equal("Your passport expires before the end of the proposed period of employment.", Assert.Single(report.Unrecognized).Text);
        Assert.Contains(report.Findings, f => f.GroundId == "other");
    }

    [Fact]
    public void AVisitorVisaRefusalThatCitesNothingRestsOnParagraph179()
    {
        var report = ReportOf(Letters.CheckboxAbroad.Replace("work permit", "temporary resident visa", StringComparison.Ordinal)
            .Replace("W309876543", "V309876543", StringComparison.Ordinal));
        Assert.Equal(PermitType.VisitorVisa, report.Letter.PermitType);
        Assert.Equal("IRPR 179(b)", report.Findings.Single(f => f.GroundId == "will-not-leave").Regulation);
    }

    [Fact]
    public void ReadsTheHeaderOfACheckboxLetter()
    {
        var letter = ReportOf(Letters.CheckboxAbroad).Letter;
        Assert.Equal(new DateOnly(2014, 9, 2), letter.Date);
        Assert.Equal("W309876543", letter.ApplicationNumber);
        Assert.Equal("0012345678", letter.Uci);
        Assert.Null(letter.ApplicantName);
        Assert.Equal("Visa Section, High Commission of Canada, New Delhi", letter.Office);
        Assert.Equal(PermitType.WorkPermit, letter.PermitType);
        Assert.Equal(DecisionLocation.OutsideCanada, letter.DecisionLocation);
    }

    [Fact]
    public void ReadsAFrenchSentencesLetter()
    {
        var report = ReportOf(Letters.FrenchSentences);
        Assert.Equal(LetterLanguage.Fr, report.Source.Language);
        Assert.Equal(["insufficient-funds", "will-not-leave"], Grounds(report));
        Assert.Equal(["will-not-leave.purpose-of-visit", "will-not-leave.travel-history"],
            report.Findings.Single(f => f.GroundId == "will-not-leave").Factors.Select(f => f.GroundId).Order());
        Assert.Equal("alinéa 200(1)b) du RIPR", report.Findings.Single(f => f.GroundId == "will-not-leave").Regulation);
        Assert.Equal(LetterFormat.Sentences, report.Letter.Format);
        Assert.Empty(report.Unrecognized);
        Assert.Contains(report.Warnings, w => w.Contains("French", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInCanadaRefusalGetsTheFifteenDayReviewAndRestoration()
    {
        var report = ReportOf(Letters.InCanadaDocuments);
        Assert.Equal(["documents.not-provided"], Grounds(report));
        Assert.Equal(DecisionLocation.InsideCanada, report.Letter.DecisionLocation);
        Assert.Equal(LetterFormat.InCanada, report.Letter.Format);
        var review = report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview);
        Assert.Equal(new DateOnly(2023, 11, 17), Assert.Single(review.Deadlines).Date);
        var restoration = report.NextSteps.Single(s => s.Kind == NextStepKind.Restoration);
        Assert.Equal(new DateOnly(2024, 1, 31), Assert.Single(restoration.Deadlines).Date);
        // Both passed by 2024-04-01: only an extension is left, which is never called urgent (issue 11).
        Assert.False(review.Urgent);
    }

    [Fact]
    public void AnUnknownDecisionPlaceShowsBothDeadlinesAndOfficerNotesStayApart()
    {
        var report = ReportOf(Letters.NestedNoOffice);
        Assert.Equal(DecisionLocation.Unknown, report.Letter.DecisionLocation);
        var review = report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview);
        Assert.Equal([15, 60], review.Deadlines.Select(d => d.Days));
        Assert.Equal([1, 46], review.Deadlines.Select(d => d.DaysLeft!.Value));
        Assert.True(review.Urgent);
        Assert.Contains("letter date (2024-03-18)", review.Deadlines[0].Basis, StringComparison.Ordinal);

        Assert.Equal(["ability-to-perform-work", "insufficient-funds", "will-not-leave"], Grounds(report));
        Assert.NotNull(report.OfficerNotes);
        Assert.StartsWith("Officer's decision notes", report.OfficerNotes);
        Assert.Equal(LetterFormat.Nested, report.Letter.Format);
    }

    [Fact]
    public void ANotificationDateMovesTheClock()
    {
        var report = ReportOf(Letters.FrenchSentences, notified: new DateOnly(2024, 3, 25));
        var deadline = Assert.Single(report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview).Deadlines);
        Assert.Equal(new DateOnly(2024, 5, 24), deadline.Date);
        Assert.Contains("notified", deadline.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void MisrepresentationComesFirstAndChangesTheAdvice()
    {
        var report = ReportOf(Letters.Misrepresentation);
        Assert.Equal("misrepresentation", report.Findings[0].GroundId);
        Assert.Equal(NextStepKind.MisrepresentationBar, report.NextSteps[0].Kind);
        Assert.True(report.NextSteps[0].Urgent);
    }

    [Theory]
    [InlineData(Letters.ProceduralFairness)]
    [InlineData(Letters.Invoice)]
    public void ALetterThatIsNotARefusalHasNoFindings(string text)
    {
        var report = ReportOf(text);
        Assert.False(report.IsRefusalLetter);
        Assert.Empty(report.Findings);
        Assert.DoesNotContain(report.NextSteps, s => s.Kind is NextStepKind.JudicialReview or NextStepKind.Reapply or NextStepKind.Restoration);
        Assert.NotEmpty(report.Warnings);
    }

    [Fact]
    public void AProceduralFairnessLetterIsAnsweredNotAppealed()
    {
        var report = ReportOf(Letters.ProceduralFairness);
        Assert.Equal(DocumentKind.ProceduralFairnessLetter, report.DocumentKind);
        Assert.Equal(NextStepKind.RespondToOfficer, report.NextSteps[0].Kind);
    }

    [Fact]
    public void EveryReportCarriesTheDisclaimerAndCatalogueDate()
    {
        var report = ReportOf(Letters.CheckboxAbroad);
        Assert.Contains("not legal advice", report.Disclaimer, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new DateOnly(2026, 11, 26), report.Catalogue.LastVerified);
    }

    [Fact]
    public void OcrNoiseDoesNotBreakGroundsOrIdentifiers()
    {
        var noisy = Letters.NestedNoOffice
            .Replace("W309876543", "W3O9876543", StringComparison.Ordinal)
            .Replace("purpose of your visit", "purpose of y0ur vislt", StringComparison.Ordinal)
            .Replace("employment situation", "ernployment situatlon", StringComparison.Ordinal)
            .Replace("adequately perform", "adequate1y perfonn", StringComparison.Ordinal);
        var report = TextPipeline.Report(LetterTextBuilder.FromText(noisy, wordConfidence: 0.8), "scan.pdf", new ProcessingOptions(null, Today));
        Assert.Equal("W309876543", report.Letter.ApplicationNumber);
        Assert.Equal(["ability-to-perform-work", "insufficient-funds", "will-not-leave"], Grounds(report));
        Assert.All(report.Findings, f => Assert.InRange(f.Confidence, 0.5, 0.95));
    }
}
