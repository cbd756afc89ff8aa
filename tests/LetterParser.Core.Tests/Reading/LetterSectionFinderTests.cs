using LetterParser.Core.Reading;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reading;

public class LetterSectionFinderTests
{
    private const string Letter = """
        Visa Section, Embassy of Canada, Ankara
        2024-03-18
        Application number: W309876543
        Dear Jane Doe,
        I am refusing your application for the following reasons:
        You have not demonstrated that you have sufficient funds to support yourself in Canada.

        You are welcome to reapply if you feel that you can respond to these concerns.
        Officer 21345
        """;

    [Fact]
    public void TheReasonsBlockStartsAfterTheSalutationAndEndsAtTheClosing()
    {
        var sections = ReadingStages.Sections(Letter);

        Assert.Equal(
            ["I am refusing your application for the following reasons:", "You have not demonstrated that you have sufficient funds to support yourself in Canada."],
            ReadingStages.Texts(sections.ReasonsBlock));
        Assert.False(sections.NotesOnly);
        Assert.Empty(sections.Notes);
    }

    [Theory]
    [InlineData("Officer Abu Dhabi Visa Office")]
    [InlineData("Migration Officer")]
    [InlineData("Agente d'immigration")]
    [InlineData("The officer's decision notes follow this letter.")]
    [InlineData("Les notes de décision de l'agent sont jointes.")]
    public void ASignatureOrAPointerToTheNotesEndsTheReasons(string closing)
    {
        var text = "Dear Jane Doe,\nI am refusing your application for the following reasons:\n" +
                   "You have not demonstrated that you have sufficient funds to support yourself in Canada.\n" + closing + "\nCase Processing Centre";

        Assert.Equal(
            ["I am refusing your application for the following reasons:", "You have not demonstrated that you have sufficient funds to support yourself in Canada."],
            ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock));
    }

    [Fact]
    public void AnOpeningSplitOverLinesThatAnnouncesTheReasonsMarkedBelowInFrenchStartsTheReasons()
    {
        var text = "Madame,\nVotre demande ne satisfait pas aux exigences de la LIPR et du\nRIPR. Par conséquent, nous la refusons\npour le ou les motifs marqués ci-après.\n" +
                   "Vous n'avez pas démontré que vous disposez de fonds suffisants.\nVous pouvez présenter une nouvelle demande.";

        var block = ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock);

        Assert.Contains("Vous n'avez pas démontré que vous disposez de fonds suffisants.", block);
        Assert.DoesNotContain("Madame,", block);
    }

    [Theory]
    [InlineData("Officer is not satisfied that you will leave Canada.")]
    [InlineData("L'agent n'est pas convaincu que vous quitterez le Canada.")]
    public void AReasonThatOpensWithTheOfficerIsNoSignature(string reason)
    {
        var text = "Dear Jane Doe,\nI am refusing your application for the following reasons:\n" + reason + "\nYou may reapply.";

        Assert.Contains(reason, ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock));
    }

    [Fact]
    public void TheHeaderHoldsTheLinesAboveTheReasons()
    {
        var header = ReadingStages.Texts(ReadingStages.Sections(Letter).Header);

        Assert.Contains("2024-03-18", header);
        Assert.Contains("Application number: W309876543", header);
    }

    [Fact]
    public void TheReasonsBlockEndsWhereTheOfficersNotesStart()
    {
        var text = """
            Dear Jane Doe,
            I am refusing your application for the following reasons:
            You have not demonstrated that you have sufficient funds to support yourself in Canada.
            Officer's decision notes
            The applicant's travel history is limited.
            """;

        var sections = ReadingStages.Sections(text, notesStart: 3);

        Assert.DoesNotContain(sections.ReasonsBlock, l => l.Text.Contains("travel history", StringComparison.Ordinal));
        Assert.Equal(["Officer's decision notes", "The applicant's travel history is limited."], ReadingStages.Texts(sections.Notes));
        Assert.Equal(3, sections.Letter.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void NotesAtTheTopOfTheFileAreNotReadAsTheLettersReasons(int notesStart)
    {
        var text = """
            Officer's decision notes
            I am not satisfied that the applicant will leave Canada at the end of the stay.
            The applicant's travel history is limited.
            """;

        var sections = ReadingStages.Sections(text, notesStart);

        Assert.True(sections.NotesOnly);
        Assert.Empty(sections.ReasonsBlock);
        Assert.Empty(sections.Letter);
    }

    [Fact]
    public void WithoutASalutationTheReasonsStartAtTheHeadOfTheOpeningsParagraph()
    {
        var text = """
            Case Processing Centre Vegreville
            2023-11-02

            This letter refers to your application for a work permit.
            Your application as requested is refused.
            To date, you have failed to provide a valid passport.
            """;

        var block = ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock);

        Assert.Equal("This letter refers to your application for a work permit.", block[0]);
        Assert.Contains("To date, you have failed to provide a valid passport.", block);
    }

    [Fact]
    public void PageNumbersAreNotPartOfTheReasonsBlock()
    {
        var text = """
            Dear Jane Doe,
            I am refusing your application for the following reasons:
            Page 1 of 2
            ---page---
            You have not demonstrated that you have sufficient funds to support yourself in Canada.
            Yours sincerely,
            """;

        var block = ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock);

        Assert.DoesNotContain("Page 1 of 2", block);
        Assert.Contains("You have not demonstrated that you have sufficient funds to support yourself in Canada.", block);
        Assert.DoesNotContain("Yours sincerely,", block);
    }

    [Fact]
    public void ASignatureBlockNamingTheOfficeEndsTheReasons()
    {
        var text = """
            Dear Jane Doe,
            I am refusing your application for the following reasons:
            You have not demonstrated that you have sufficient funds to support yourself in Canada.

            Visa Section
            Embassy of Canada, Ankara
            """;

        var block = ReadingStages.Texts(ReadingStages.Sections(text).ReasonsBlock);

        Assert.Equal("You have not demonstrated that you have sufficient funds to support yourself in Canada.", block[^1]);
    }

    [Theory]
    [InlineData("Dear Applicant,", 1)]
    [InlineData("Madame, Monsieur,", 1)]
    [InlineData("Madame Diallo,", 1)]
    [InlineData("Madame Diallo habite Dakar depuis 2019 et travaille", -1)]
    public void FindsTheSalutationLineInEnglishAndFrench(string salutation, int expected)
    {
        var layout = ReadingStages.Layout("Visa Section, Embassy of Canada, Dakar\n" + salutation);

        Assert.Equal(expected, LetterSectionFinder.SalutationIndex(layout.Lines));
    }

    [Theory]
    [InlineData("Your application is therefore refused for the reason(s) marked below.")]
    [InlineData("The undersigned is not satisfied that it meets the requirements of the Act.")]
    [InlineData("Votre demande est refusée pour le ou les motifs cochés ci-dessous :")]
    public void WithoutASalutationTheReasonsOpenAtTheDecisionSentence(string opening)
    {
        // Fax header and letterhead above: none of it may become a reason.
        var sections = ReadingStages.Sections($"""
            SEP-14-2017 10:42 FROM: EMBASSY OF CANADA TO: 5718012244
            Visa Section, Embassy of Canada, Bogota
            2017-09-14
            Application: W302233445
            {opening}
            [X] You have not demonstrated that you could adequately carry out the job you are seeking.
            Officer BG-09
            """);

        Assert.Equal(opening, ReadingStages.Texts(sections.ReasonsBlock)[0]);
        Assert.DoesNotContain(ReadingStages.Texts(sections.ReasonsBlock), l => l.Contains("FROM:"));
    }
}
