using LetterParser.Core.Catalogue;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports;

public class ReportTranslatorTests
{
    private static readonly LanguageTexts French = CatalogueTexts.Default.For(ReportLanguage.Fr);

    private static FindingsReport ExplainedInEnglish(string text) =>
        TextPipeline.Report(LetterTextBuilder.FromText(text), "letter.pdf", new ProcessingOptions(Today: new DateOnly(2024, 4, 1), Language: ReportLanguage.En));

    [Fact]
    public void GroundsStepsWarningsAndDeadlineBasesAreWrittenInFrenchWhileTheLettersWordsStay()
    {
        var english = ExplainedInEnglish(Letters.CheckboxAbroad);

        var french = ReportTranslator.To(english, ReportLanguage.Fr);

        Assert.Equal(ReportLanguage.Fr, french.ReportLanguage);
        var finding = french.Findings.Single(f => f.GroundId == "will-not-leave");
        Assert.Equal(French.Grounds["will-not-leave"].Title, finding.Title);
        Assert.Equal(french.Findings[0].Quote, english.Findings[0].Quote);
        Assert.Contains(French.Grounds["will-not-leave.family-ties"].Title, finding.Factors.Select(f => f.Title));
        var review = french.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview);
        Assert.Equal(French.NextSteps["judicial-review"].Title, review.Title);
        Assert.All(review.Deadlines, d => Assert.Contains("jours après", d.Basis));
        Assert.Equal(French.Disclaimer, french.Disclaimer);
        Assert.All(french.Warnings, w => Assert.DoesNotContain(w, english.Warnings));
    }

    [Fact]
    public void AReportAlreadyInTheLanguageAskedForIsReturnedAsItIs()
    {
        var report = ReportBuilder.Refusal();

        Assert.Same(report, ReportTranslator.To(report, ReportLanguage.En));
    }

    [Fact]
    public void TranslatingThereAndBackGivesTheCatalogueTextsAgain()
    {
        var english = ExplainedInEnglish(Letters.CheckboxAbroad);

        var back = ReportTranslator.To(ReportTranslator.To(english, ReportLanguage.Fr), ReportLanguage.En);

        Assert.Equal(english.Findings.Select(f => f.Explanation), back.Findings.Select(f => f.Explanation));
        Assert.Equal(english.NextSteps.Select(s => s.Summary), back.NextSteps.Select(s => s.Summary));
        Assert.Equal(english.Warnings, back.Warnings);
    }

    // Every sentence the explainer writes has its French: a fairness letter (answer by a date), an in-Canada refusal
    // (restoration), a misrepresentation, an invoice and a French letter leave no English sentence behind.
    [Theory]
    [InlineData(Letters.ProceduralFairness)]
    [InlineData(Letters.InCanadaDocuments)]
    [InlineData(Letters.Misrepresentation)]
    [InlineData(Letters.NestedNoOffice)]
    [InlineData(Letters.Invoice)]
    public void NoSentenceTheExplainerWritesStaysInEnglish(string letter)
    {
        var english = ExplainedInEnglish(letter);

        var french = ReportTranslator.To(english, ReportLanguage.Fr);

        Assert.All(french.Warnings, w => Assert.DoesNotContain(w, english.Warnings));
        Assert.All(french.NextSteps.Zip(english.NextSteps), pair =>
        {
            Assert.NotEqual(pair.Second.Title, pair.First.Title);
            Assert.NotEqual(pair.Second.Summary, pair.First.Summary);
            Assert.All(pair.First.Deadlines.Zip(pair.Second.Deadlines), d => Assert.NotEqual(d.Second.Basis, d.First.Basis));
        });
    }
}
