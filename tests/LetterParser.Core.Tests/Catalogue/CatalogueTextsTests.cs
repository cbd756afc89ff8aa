using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Catalogue;

public class CatalogueTextsTests
{
    private static readonly LanguageTexts English = CatalogueTexts.Default.For(ReportLanguage.En);
    private static readonly LanguageTexts French = CatalogueTexts.Default.For(ReportLanguage.Fr);

    [Fact]
    public void EveryGroundOfTheCatalogueIsExplainedInBothLanguages()
    {
        var ids = TextPipeline.Catalogue.Grounds.Grounds.Select(g => g.Id).Order(StringComparer.Ordinal);

        Assert.Equal(ids, English.Grounds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ids, French.Grounds.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFrenchTextIsFilledInAndNotACopyOfTheEnglish()
    {
        foreach (var (id, french) in French.Grounds)
        {
            var english = English.Grounds[id];
            Assert.False(string.IsNullOrWhiteSpace(french.Title), id);
            Assert.NotEqual(english.Explanation, french.Explanation);
            Assert.NotEmpty(french.HowToAddress);
            Assert.NotEmpty(french.Evidence);
        }
        Assert.Equal(English.NextSteps.Keys.Order(), French.NextSteps.Keys.Order());
        Assert.All(French.NextSteps, s => Assert.NotEqual(English.NextSteps[s.Key].Summary, s.Value.Summary));
        Assert.NotEqual(English.Disclaimer, French.Disclaimer);
    }

    [Fact]
    public void TheUiTextsHaveTheSameKeysInBothLanguages() =>
        Assert.Equal(UiText.English.Keys.Order(StringComparer.Ordinal), UiText.French.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void EveryMessageKeepsItsPlaceholdersInBothLanguages()
    {
        var messages = CatalogueTexts.Default.Warnings.Values.Concat(CatalogueTexts.Default.DeadlineBases.Values);
        foreach (var message in messages)
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(message.En, @"\{\w+\}").Select(m => m.Value).Order();
            Assert.Equal(placeholders, System.Text.RegularExpressions.Regex.Matches(message.Fr, @"\{\w+\}").Select(m => m.Value).Order());
        }
    }

    [Fact]
    public void AFilledInSentenceIsRecognisedAndItsValuesReadBack()
    {
        var template = CatalogueTexts.Default.Warnings["box-lost"];
        var english = template.Fill(ReportLanguage.En, new Dictionary<string, string> { ["page"] = "3" });

        Assert.Equal("3", template.Read(english, ReportLanguage.En)!["page"]);
        Assert.Null(template.Read("Something else entirely.", ReportLanguage.En));
        Assert.StartsWith("À la page 3,", template.Fill(ReportLanguage.Fr, template.Read(english, ReportLanguage.En)!));
    }

    [Fact]
    public void DatesAreWrittenWithMonthNamesInEachLanguage()
    {
        Assert.Equal("1 August 2019", UiText.English.Date(new DateOnly(2019, 8, 1)));
        Assert.Equal("1er août 2019", UiText.French.Date(new DateOnly(2019, 8, 1)));
        Assert.Equal("14 février 2024", UiText.French.Date(new DateOnly(2024, 2, 14)));
    }
}
