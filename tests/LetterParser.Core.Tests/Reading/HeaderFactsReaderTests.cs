using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reading;

public class HeaderFactsReaderTests
{
    private static readonly HeaderFactsReader Reader = new(TextPipeline.Catalogue.Offices);

    private static HeaderFacts Read(string text, int? notesStart = null, bool ocr = false)
    {
        var document = ocr ? LetterTextBuilder.FromText(text, 0.9, ocr: true) : LetterTextBuilder.FromText(text);
        return Reader.Read(LetterSectionFinder.Find(LineLayout.Of(document), notesStart), document);
    }

    [Fact]
    public void ReadsTheDateNumbersOfficeAndPermitOfALetterFromAbroad()
    {
        var facts = Read(Letters.CheckboxAbroad);

        Assert.Equal(new DateOnly(2014, 9, 2), facts.Letter.Date);
        Assert.Equal("W309876543", facts.Letter.ApplicationNumber);
        Assert.Equal("0012345678", facts.Letter.Uci);
        Assert.Equal("Visa Section, High Commission of Canada, New Delhi", facts.Letter.Office);
        Assert.Equal(PermitType.WorkPermit, facts.Letter.PermitType);
        Assert.Equal(DecisionLocation.OutsideCanada, facts.Letter.DecisionLocation);
        Assert.Equal(LetterLanguage.En, facts.Language);
        Assert.True(facts.IsIrccLetter);
    }

    [Fact]
    public void ReadsTheDateOfAFrenchLetterWrittenLeThreeMars()
    {
        var facts = Read("""
            Immigration, Réfugiés et Citoyenneté Canada
            Section des visas, Ambassade du Canada, Dakar
            Dakar, le 3 mars 2026
            Numéro de demande : V309876543
            Madame, Monsieur,
            Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour.
            """);

        Assert.Equal(new DateOnly(2026, 3, 3), facts.Letter.Date);
        Assert.Equal(LetterLanguage.Fr, facts.Language);
        Assert.Equal("V309876543", facts.Letter.ApplicationNumber);
        Assert.Equal(DecisionLocation.OutsideCanada, facts.Letter.DecisionLocation);
    }

    [Fact]
    public void ACaseProcessingCentreDecidesInsideCanada() =>
        Assert.Equal(DecisionLocation.InsideCanada, Read(Letters.InCanadaDocuments).Letter.DecisionLocation);

    [Fact]
    public void AnExtensionRefusalWithoutAnOfficeIsDecidedInsideCanada()
    {
        var facts = Read("""
            IRCC
            2024-05-02
            Dear Jane Doe,
            Your application for an extension of your work permit is refused.
            """);

        Assert.Null(facts.Letter.Office);
        Assert.Equal(DecisionLocation.InsideCanada, facts.Letter.DecisionLocation);
    }

    [Fact]
    public void ALetterThatDoesNotSayWhereItWasDecidedLeavesThePlaceUnknown() =>
        Assert.Equal(DecisionLocation.Unknown, Read(Letters.NestedNoOffice, notesStart: 11).Letter.DecisionLocation);

    [Fact]
    public void WhatTheApplicationWasForOutweighsOtherMentionsOfPermits()
    {
        var facts = Read("""
            Visa Section, Embassy of Canada, Tokyo
            2024-03-18
            Dear Jane Doe,
            I have reviewed your application for a study permit. You hold a work permit in Japan and a work permit in Korea.
            """);

        Assert.Equal(PermitType.StudyPermit, facts.Letter.PermitType);
    }

    [Theory]
    [InlineData("V309876543", PermitType.VisitorVisa)]
    [InlineData("S309876543", PermitType.StudyPermit)]
    [InlineData("W309876543", PermitType.WorkPermit)]
    public void ALetterThatNamesNoPermitTakesItFromTheApplicationNumber(string number, PermitType expected)
    {
        var facts = Read($"""
            Visa Section, Embassy of Canada, Ankara
            2024-03-18
            Application number: {number}
            Dear Jane Doe,
            I am not satisfied that you will leave Canada at the end of your stay.
            """);

        Assert.Equal(expected, facts.Letter.PermitType);
    }

    [Fact]
    public void AGenericSalutationTakesTheNameFromTheAddressAboveIt()
    {
        var facts = Read("""
            Visa Section, Embassy of Canada, Accra
            2024-03-18

            Ms. Esther Mensah
            12 Ring Road
            Accra, Ghana

            Dear Applicant,
            I am not satisfied that you will leave Canada at the end of your stay.
            """);

        Assert.Equal("Esther Mensah", facts.Letter.ApplicantName);
    }

    [Fact]
    public void NotesAloneCarryNoLetterDateButStillNameTheApplication()
    {
        var facts = Read("""
            Officer's decision notes
            2024-03-18 Application number: W309876543
            The applicant's travel history is limited.
            """, notesStart: 0);

        Assert.Null(facts.Letter.Date);
        Assert.Equal("W309876543", facts.Letter.ApplicationNumber);
    }

    [Fact]
    public void AnOfficeNameBentByOcrIsSpelledAsTheKnownPlace()
    {
        const string Letter = """
            Visa Section, High Commission of Canada, New Dethi
            2024-03-18
            Dear Jane Doe,
            I am not satisfied that you will leave Canada at the end of your stay.
            """;

        Assert.Equal("Visa Section, High Commission of Canada, New Delhi", Read(Letter, ocr: true).Letter.Office);
        // A text layer is the letter as printed: its spelling is kept.
        Assert.Equal("Visa Section, High Commission of Canada, New Dethi", Read(Letter).Letter.Office);
    }

    [Fact]
    public void AnInvoiceIsNoIrccLetter()
    {
        var facts = Read(Letters.Invoice);

        Assert.False(facts.IsIrccLetter);
        Assert.Null(facts.Letter.ApplicationNumber);
    }
}
