using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class MarkdownReportRendererTests
{
    private static string Render(LetterReport report, ReportView? view = null) => MarkdownReportRenderer.Default.Render(report, view);

    [Fact]
    public void ShowsTheDisclaimerAndTheCatalogueVersion()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains(ReportBuilder.Disclaimer, md);
        Assert.Contains("Reasons catalogue 2024.11, last checked 1 November 2024.", md);
    }

    [Fact]
    public void TheSummaryBoxComesRightUnderTheTitleWithTheNearestDeadlineAndTheFirstAction()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.StartsWith("# letter.pdf\n\n> **In short**\n>\n> - IRCC refused your work permit. Reasons found: You may not leave Canada at the end of your stay.\n", md);
        Assert.Contains("> - Nearest deadline: 17 May 2024, Ask the Federal Court to review the decision — 12 days left.\n", md);
        Assert.Contains("> - Nothing in the reading was uncertain.\n", md);
        Assert.Contains("> - First thing to do: Ask the Federal Court to review the decision.\n", md);
    }

    [Fact]
    public void MisrepresentationLeadsTheSummaryAndTheNextSteps()
    {
        var md = Render(ReportBuilder.Refusal().WithMisrepresentation());

        Assert.Contains("> **In short**\n>\n> - **Misrepresentation was found", md);
        var bar = md.IndexOf("### URGENT: Five-year bar", StringComparison.Ordinal);
        var review = md.IndexOf("### Ask the Federal Court", StringComparison.Ordinal);
        Assert.True(bar >= 0 && review > bar, md);
    }

    [Fact]
    public void NextStepsComeBeforeTheGroundsAndTheLetterFacts()
    {
        var md = Render(ReportBuilder.Refusal());

        var next = md.IndexOf("## What you can do next", StringComparison.Ordinal);
        var grounds = md.IndexOf("## Why the officer refused", StringComparison.Ordinal);
        var facts = md.IndexOf("## About the letter", StringComparison.Ordinal);
        Assert.True(next > 0 && grounds > next && facts > grounds, md);
    }

    [Fact]
    public void ShowsEachDeadlineWithDaysLeftAndItsBasis()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("- **17 May 2024 (60 days; 12 days left)**: 60 days after 2024-03-18, the letter date", md);
    }

    [Fact]
    public void AnUrgentOpenDeadlineIsMarkedAndAPassedOneIsNot()
    {
        Assert.Contains("### URGENT: Ask the Federal Court", Render(ReportBuilder.Refusal().WithDaysLeft(2)));

        var passed = Render(ReportBuilder.Refusal().WithDaysLeft(-3));
        Assert.DoesNotContain("URGENT", passed);
        Assert.Contains("passed 3 days ago", passed);
        Assert.Contains("**Every deadline has passed (17 May 2024) — extension only", passed);
    }

    [Fact]
    public void DaysLeftAreCountedToTheDayOfReading()
    {
        var md = Render(ReportBuilder.Refusal(), new ReportView(Today: new DateOnly(2024, 5, 15)));

        Assert.Contains("**Nearest deadline: 17 May 2024, Ask the Federal Court to review the decision — 2 days left.**", md);
        Assert.Contains("Days left are counted to 15 May 2024.", md);
    }

    [Fact]
    public void TheReviewFlagIsInPlainWordsInTheSummaryAndItsOwnSection()
    {
        var md = Render(ReportBuilder.Refusal().NeedingReview("low-ocr-confidence", "Page 2 was hard to read."));

        Assert.Contains("> - **Check this report against the letter: the scan was hard to read (page 2)**", md);
        Assert.Contains("## Check before you rely on this report", md);
    }

    [Fact]
    public void EachFindingQuotesTheLetterAndListsFixesAndEvidenceWithFactorsNested()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("### You may not leave Canada at the end of your stay (R200(1)(b))", md);
        Assert.Contains("> I am not satisfied that you will leave Canada at the end of your stay\n\n_The letter's own words, page 1 · clear match_", md);
        Assert.Contains("- **Family ties**: “family ties in Canada and in your country of residence” (page 1)", md);
        Assert.Contains("**What it means.** The officer was not convinced", md);
        Assert.Contains("- Show what brings you back home.", md);
        Assert.Contains("- [ ] Property deed", md);
    }

    [Fact]
    public void AQuoteReadByOcrSaysSoWithItsConfidence()
    {
        var md = Render(ReportBuilder.Refusal().ReadByOcr(0.62));

        Assert.Contains("_Read from a scan by OCR (text confidence 62%), page 1: the words may differ slightly from the letter · clear match_", md);
        Assert.DoesNotContain("The letter's own words", md);
    }

    [Fact]
    public void UnrecognizedTextIsShownOnceAndEachReasonIsItsOwnItem()
    {
        var report = ReportBuilder.Refusal() with
        {
            Unrecognized = [new UnrecognizedText("First unknown reason.", 1), new UnrecognizedText("Second unknown reason.", 2)],
            Findings =
            [
                .. ReportBuilder.Refusal().Findings,
                new Finding("other", "Another reason", null, "First unknown reason. / Second unknown reason.", 1, 0.5, [], null, "Read it.", [], []),
            ],
        };

        var md = Render(report);

        Assert.Contains("> First unknown reason.\n", md);
        Assert.Contains("> Second unknown reason.\n", md);
        Assert.DoesNotContain(" / ", md);
        Assert.Equal(1, md.Split("First unknown reason.").Length - 1);
        Assert.DoesNotContain("## Text we could not match", md);
    }

    [Fact]
    public void LetterFactsAndUnrecognizedTextAreShown()
    {
        var md = Render(ReportBuilder.Refusal());

        Assert.Contains("- **Application number**: W309876543", md);
        Assert.Contains("- **Decided**: outside Canada (a visa office abroad)", md);
        Assert.Contains("- “Some line we do not know” (page 2)", md);
    }

    [Fact]
    public void MultiLineOfficerNotesStayInsideTheQuote()
    {
        var md = Render(ReportBuilder.Refusal() with { OfficerNotes = "First line.\nSecond line." });

        Assert.Contains("> First line.\n> Second line.\n", md);
    }

    [Fact]
    public void WarningsAreListed()
    {
        var md = Render(ReportBuilder.Refusal() with { Warnings = ["Page 2 was hard to read."] });

        Assert.Contains("## Things to check\n\n- Page 2 was hard to read.", md);
    }

    [Fact]
    public void AnErrorReportIsAClearMessageWithItsCode()
    {
        var md = Render(ReportBuilder.Error("scan.pdf", ErrorCode.EncryptedPdf));

        Assert.StartsWith("# Could not read scan.pdf\n\n**This PDF is damaged", md);
        Assert.Contains("Error code: encrypted-pdf", md);
    }

    [Fact]
    public void ANonRefusalSaysSoAndStillCarriesTheDisclaimer()
    {
        var md = Render(ReportBuilder.NotARefusal());

        Assert.Contains("This file does not read as an IRCC refusal letter", md);
        Assert.Contains(ReportBuilder.Disclaimer, md);
        Assert.DoesNotContain("## Why the officer refused", md);
    }

    [Fact]
    public void AFrenchLetterGetsAFrenchReportAndEnglishIsAvailableOnRequest()
    {
        var french = ReportBuilder.Refusal().InFrench();

        var md = Render(french);
        Assert.StartsWith("# letter.pdf\n\n> **En bref**", md);
        Assert.Contains("## Ce que vous pouvez faire ensuite", md);
        Assert.Contains("Délai le plus proche : 17 mai 2024", md);
        Assert.Contains("**Numéro de demande** : W309876543", md);

        Assert.Contains("> **In short**", Render(french, new ReportView(ReportLanguage.En)));
    }

    private static readonly ConcernsCatalogue Concerns = ConcernsCatalogue.LoadEmbedded();

    [Fact]
    public void UnderItsGroundTheOfficersOwnWordsComeWithWhatTheyMeanAndTheirEvidenceChecklist()
    {
        var md = Render(ReportBuilder.Refusal() with { Concerns = [ReportBuilder.TiesConcern()] });

        var ground = md.IndexOf("### You may not leave Canada at the end of your stay", StringComparison.Ordinal);
        var wrote = md.IndexOf("**What the officer actually wrote**", StringComparison.Ordinal);
        var nextSection = md.IndexOf("\n## ", wrote, StringComparison.Ordinal);
        Assert.True(ground >= 0 && wrote > ground, md);
        var underGround = md[wrote..nextSection];
        Assert.Contains("> two brothers in Toronto\n\n_The officer's notes, page 3_", underGround);
        Assert.Contains(MarkdownText.Escape(Concerns.ExplanationOf("ties.family-in-canada", ReportLanguage.En)), underGround);
        Assert.Contains("\n\nEvidence that answers it:\n\n- [ ] ", underGround);
        foreach (var item in Concerns.EvidenceOf("ties.family-in-canada", ReportLanguage.En))
            Assert.Contains("- [ ] " + MarkdownText.Escape(item), underGround);
        Assert.DoesNotContain("Other points in the officer's notes", md);
    }

    [Fact]
    public void AConcernThatSupportsNoGroundOfTheLetterHasItsOwnSectionAndNotAPlaceUnderAGround()
    {
        var md = Render(ReportBuilder.Refusal() with { Concerns = [ReportBuilder.FundsConcern()] });

        Assert.DoesNotContain("What the officer actually wrote", md);
        var section = md.IndexOf("## Other points in the officer's notes", StringComparison.Ordinal);
        Assert.True(section > md.IndexOf("## Why the officer refused", StringComparison.Ordinal), md);
        Assert.Contains("> lump sum deposit, no provenance", md[section..]);
    }

    [Fact]
    public void AFrenchReportWritesTheConcernsTextsInFrenchAndKeepsTheNotesWords()
    {
        var md = Render(ReportBuilder.Refusal() with { Concerns = [ReportBuilder.TiesConcern()] }, new ReportView(ReportLanguage.Fr));

        Assert.Contains("**Ce que l'agent a réellement écrit**", md);
        Assert.Contains("> two brothers in Toronto", md);
        Assert.Contains("- [ ] " + MarkdownText.Escape(Concerns.EvidenceOf("ties.family-in-canada", ReportLanguage.Fr)[0]), md);
    }

    [Fact]
    public void AJoinedPrintoutNamesTheLetterItsConcernsWentToAndTheLetterNamesThePrintout()
    {
        var joined = LetterNotesPairing.Join([ReportBuilder.Refusal("letter.pdf"), ReportBuilder.Printout("gcms.pdf", "W309876543", null, ReportBuilder.TiesConcern())], Concerns);

        Assert.Contains("- **GCMS notes joined to this report**: gcms.pdf", Render(joined[0].Report));
        var printout = Render(joined[1].Report);
        Assert.Contains("- **Joined to the report of**: letter.pdf", printout);
        Assert.Contains("This GCMS printout was joined to the report of the refusal letter letter.pdf", printout);
        Assert.Contains("> two brothers in Toronto", printout);
    }
}
