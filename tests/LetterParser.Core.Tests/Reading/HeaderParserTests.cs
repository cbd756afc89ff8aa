using LetterParser.Core.Tests.Support;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reading;

namespace LetterParser.Core.Tests.Reading;

public class HeaderParserTests
{
    private static DateOnly? Date(params string[] lines) => HeaderParser.FindDate(lines.Select(LatinFolding.Fold).ToList());

    [Theory]
    [InlineData("September 2, 2014", 2014, 9, 2)]
    [InlineData("Sept. 2, 2014", 2014, 9, 2)]
    [InlineData("2024-03-18", 2024, 3, 18)]
    [InlineData("18 March 2024", 2024, 3, 18)]
    [InlineData("18 mars 2024", 2024, 3, 18)]
    [InlineData("Le 2 septembre 2014", 2014, 9, 2)]
    [InlineData("le 1er février 2023", 2023, 2, 1)]
    [InlineData("Date: 2O24-O3-l8", 2024, 3, 18)]
    [InlineData("Date: 30April 2021", 2021, 4, 30)]
    public void ReadsTheDatesLettersUse(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(line));

    [Fact]
    public void ADateOfBirthIsNotTheLetterDate() =>
        Assert.Equal(new DateOnly(2024, 3, 18), Date("Date of birth: 1990-01-01", "2024-03-18"));

    [Fact]
    public void ALabelledDateWinsOverAnEarlierOne() =>
        Assert.Equal(new DateOnly(2024, 3, 18), Date("Application received 2024-01-05", "Date: March 18, 2024"));

    [Theory]
    [InlineData("UCI: 1234-5678", "12345678")]
    [InlineData("Client ID: 00-1234-5678", "0012345678")]
    [InlineData("IUC : 12-3456-7890", "1234567890")]
    [InlineData("UCI: l234-567O", "12345670")]
    [InlineData("UC: 1208-8843", "12088843")]
    public void ReadsTheUciAsDigits(string line, string expected) =>
        Assert.Equal(expected, HeaderParser.FindUci([LatinFolding.Fold(line)]));

    [Fact]
    public void AUciLabelAloneOnItsLineTakesTheValueBelowIt() =>
        Assert.Equal("1103127764", HeaderParser.FindUci(["iuc :", "11-0312-7764", "objet : demande de permis d'etudes"]));

    [Fact]
    public void AHeaderLineThatIsNothingButAUciIsTheUci() =>
        Assert.Equal("11630958", HeaderParser.FindUci(["25 juin 2023", "v318230774", "1163-0958", "madame,"]));

    [Theory]
    [InlineData("613-555-0142")]
    [InlineData("2024-03-18")]
    [InlineData("tel. 1163-0958")]
    public void APhoneNumberADateOrANumberInASentenceIsNoUnlabelledUci(string line) =>
        Assert.Null(HeaderParser.FindUci([line]));

    [Fact]
    public void OutsideTheHeaderOnlyALabelledUciCounts() =>
        Assert.Null(HeaderParser.FindUci(["1163-0958"], unlabelled: false));

    [Theory]
    [InlineData("Application number: W309876543", "W309876543")]
    [InlineData("Numéro de demande : W309876543", "W309876543")]
    [InlineData("Application No. V 30987654 3", "V309876543")]
    [InlineData("File: W3O9876543", "W309876543")]
    public void ReadsTheApplicationNumber(string line, string expected) =>
        Assert.Equal(expected, HeaderParser.FindApplicationNumber([LatinFolding.Fold(line)]));

    [Theory]
    [InlineData("Dear Jane Doe:", "Jane Doe")]
    [InlineData("Dear Ms. Jane Doe,", "Jane Doe")]
    [InlineData("Dear Applicant,", null)]
    [InlineData("Madame, Monsieur,", null)]
    [InlineData("Name: Arjun Kumar", "Arjun Kumar")]
    public void ReadsTheApplicantNameButNotAGenericSalutation(string line, string? expected) =>
        Assert.Equal(expected, HeaderParser.FindApplicantName([line]));

    [Theory]
    [InlineData("Visa Section, Embassy of Canada, Ankara", true)]
    [InlineData("Haut-commissariat du Canada, Dakar", true)]
    [InlineData("Case Processing Centre Vegreville", false)]
    [InlineData("IRCC – International Network", true)]
    public void TellsOfficesAbroadFromOfficesInCanada(string office, bool abroad)
    {
        var folded = LatinFolding.Fold(office);
        Assert.Equal(abroad, HeaderParser.IsOfficeAbroad(folded));
        Assert.Equal(!abroad, TextPipeline.Catalogue.Offices.IsInCanada(folded));
    }

    [Fact]
    public void AnOfficeLabelIsNotPartOfTheOffice() =>
        Assert.Equal("Embassy of Canada, Manila", HeaderParser.FindOffice(["Primary Office: Embassy of Canada, Manila"]));

    [Fact]
    public void ASectionBesideTheWordmarkTakesTheMissionBesideTheDepartmentsName() =>
        Assert.Equal("Immigration Section, Embassy of Canada", HeaderParser.FindOffice([
            "■ Canada Immigration Section",
            "Immigration, Refugees and Citizenship Canada Embassy of Canada",
            "Immigration, Réfugiés et Citoyenneté Canada Rome, Italy"]));

    [Fact]
    public void AnOcrSmallLOpeningANameIsReadAsCapitalI()
    {
        var document = LetterParser.Core.Tests.Support.LetterTextBuilder.FromText("""
            Section des visas, Ambassade du Canada, Rabat

            Madame Salma ldrissi

            Madame,
            """, 0.9, ocr: true);
        Assert.Equal("Salma Idrissi", TextPipeline.Report(document, "letter.pdf", new ProcessingOptions(Today: new DateOnly(2026, 1, 1))).Letter.ApplicantName);
    }
}
