using LetterParser.Core.Notes;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Notes;

public class DocumentKindClassifierTests
{
    private static readonly DocumentKindClassifier Classifier = new();

    private static DocumentKindResult Classify(string text) => Classifier.Classify(NotesLines.Of(text));

    private const string RefusalLetter =
        "Immigration, Refugees and Citizenship Canada\nVisa Section, Embassy of Canada, Manila\nDate: 2025-10-14\n" +
        "Application No.: W309876543\nUCI: 11-2233-4455\nMs. Luzviminda Reyes\n123 Rizal Street\nQuezon City\n" +
        "Dear Ms. Reyes:\nThank you for your interest in working in Canada. After a careful review of your application, " +
        "I regret to inform you that your application for a work permit has been refused.\n" +
        "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, " +
        "based on your personal assets and financial status.\n" +
        "You are welcome to reapply if you feel you can address these concerns.\nSincerely,\nVisa Officer\n";

    [Fact]
    public void ARefusalLetterIsARefusalLetter()
    {
        var result = Classify(RefusalLetter);
        Assert.Equal(DocumentKind.RefusalLetter, result.Kind);
        Assert.False(result.Unclear);
        Assert.Null(result.NotesStart);
        Assert.Empty(result.ConcernLines(NotesLines.Of(RefusalLetter)));
    }

    [Theory]
    [InlineData("Officer Decision Notes")]
    [InlineData("Officer's decision notes:")]
    [InlineData("DECISION NOTES")]
    [InlineData("Notes de l'agent")]
    [InlineData("Notes de décision de l'agent")]
    [InlineData("GCMS notes")]
    [InlineData("Reasons for decision")]
    public void ARefusalLetterWithNotesAttachedSaysWhereTheNotesBegin(string heading)
    {
        var text = RefusalLetter + "\f" + heading + "\nPA is 31 y.o. Bank statements show a lump sum deposit with no provenance. Refused.";
        var lines = NotesLines.Of(text);
        var result = Classifier.Classify(lines);
        Assert.Equal(DocumentKind.RefusalLetter, result.Kind);
        Assert.Equal(heading, lines[result.NotesStart!.Value].Text);
        Assert.StartsWith("PA is 31", Assert.Single(result.ConcernLines(lines)).Text);
    }

    [Fact]
    public void ANoteInsideALetterIsNotANotesHeading()
    {
        var text = RefusalLetter.Replace("Sincerely,", "Note: if you are in Canada, you must leave by the end of your authorized stay.\nSincerely,");
        Assert.Null(Classify(text).NotesStart);
    }

    private const string GcmsPrintout =
        "Page 1 of 3\nApplication Information\nApplication Number: W309876543\nUCI: 1122334455\nCategory: Worker\n" +
        "Primary Office: Manila\nReceived Date: 2025-08-01\nApp Status: Finalized\nStatus Reason: Refused\n" +
        "\fPage 2 of 3\nAssessments\nEligibility: Failed\nSecurity: Passed\nCriminality: Passed\nMedical: Not Required\n" +
        "Final Decision: Refused\nRefusal Grounds: R200(1)(b)\n" +
        "\fPage 3 of 3\nNotes\n2025-10-14 09:12 MNL4471\nRefusal letter generated\n2025-10-14 09:10 MNL4471\n" +
        "PA applying for LMIA-exempt WP. Employer incorporated 5 months ago with one employee. Refused.\n";

    [Fact]
    public void AGcmsPrintoutIsNotARefusalLetterThoughItSaysRefused()
    {
        var lines = NotesLines.Of(GcmsPrintout);
        var result = Classifier.Classify(lines);
        Assert.Equal(DocumentKind.GcmsNotes, result.Kind);
        Assert.Equal("Notes", lines[result.NotesStart!.Value].Text);
        Assert.Contains(result.ConcernLines(lines), l => l.Text.StartsWith("PA applying", StringComparison.Ordinal));
    }

    [Fact]
    public void APrintoutLaidOutAsATableWithoutColonsIsAGcmsPrintout()
    {
        var text = "APPLICATION DETAILS\nApplication Number W318880012\nApp Status Closed\nPrimary Office Nairobi\nReceived Date 2024-11-19\n" +
                   "CLIENT DETAILS\nDate of Birth 1996-02-11\nMarital Status Single\nASSESSMENTS\nEligibility Failed\nCriminality Passed\n" +
                   "Final Decision Refused\nNOTES\n19-DEC-2024 NRB2280\nPA is unemployed, no travel history.";
        var lines = NotesLines.Of(text);
        var result = Classifier.Classify(lines);
        Assert.Equal(DocumentKind.GcmsNotes, result.Kind);
        Assert.Equal("NOTES", lines[result.NotesStart!.Value].Text);
    }

    [Fact]
    public void AFrenchGcmsPrintoutIsAGcmsPrintout()
    {
        var text = "Renseignements sur la demande\nNuméro de demande : S305551234\nIUC : 99-8877-6655\nCatégorie : Étudiant\n" +
                   "Bureau principal : Dakar\nStatut : Fermée\nDécision finale : Refusée\nAdmissibilité\nSécurité : Réussie\n" +
                   "Criminalité : Réussie\nNotes\n2025-04-02 DKR0093\nLe demandeur n'a pas démontré la source des fonds. Demande refusée.";
        Assert.Equal(DocumentKind.GcmsNotes, Classify(text).Kind);
    }

    [Fact]
    public void AProceduralFairnessLetterIsNotARefusalEvenWhenItMentionsOne()
    {
        var text = "Immigration, Refugees and Citizenship Canada\nDate: 2025-09-08\nApplication No.: S301112223\n" +
                   "Dear Applicant:\nYour previous application was refused on 2024-11-02.\n" +
                   "I have concerns that you may not meet the requirements for a study permit. Specifically, the funds shown come from a deposit made a week before you applied.\n" +
                   "You have thirty (30) days from the date of this letter to respond to these concerns. " +
                   "If you do not respond, a decision will be made on the basis of the information on file.\nSincerely,\nMigration Officer";
        var result = Classify(text);
        Assert.Equal(DocumentKind.ProceduralFairnessLetter, result.Kind);
        Assert.NotEmpty(result.ConcernLines(NotesLines.Of(text)));
    }

    [Fact]
    public void ARefusalThatCitesTheEarlierFairnessLetterIsARefusal()
    {
        var text = RefusalLetter.Replace("After a careful review", "Further to our procedural fairness letter of 2025-09-08 and your response, after a careful review");
        Assert.Equal(DocumentKind.RefusalLetter, Classify(text).Kind);
    }

    [Fact]
    public void APrivacyActReleaseCoverLetterIsOther()
    {
        var text = "Immigration, Refugees and Citizenship Canada\nAccess to Information and Privacy Division\nOur file: A-2025-123456\n" +
                   "Dear Ms. Reyes:\nThis is in response to your request under the Privacy Act for the records of your application W309876543, " +
                   "which was refused on October 14, 2025.\nPlease find enclosed the records. Some information has been exempted under section 26 of the Act.\n" +
                   "Sincerely,\nATIP Officer";
        Assert.Equal(DocumentKind.Other, Classify(text).Kind);
    }

    [Theory]
    [InlineData("In order to continue processing your application, please submit the following documents within 30 days: a police certificate and your bank statements. If you do not provide them, your application may be refused.")]
    [InlineData("You must give your biometrics. Please bring this biometric instruction letter to a collection point within 30 days, or your application may be refused.")]
    [InlineData("You are required to undergo an immigration medical examination. Please contact a panel physician; your earlier application was refused on 2024-01-10.")]
    public void ARequestForDocumentsBiometricsOrAMedicalIsOther(string body)
    {
        var text = "Immigration, Refugees and Citizenship Canada\nDate: 2025-09-08\nApplication No.: V312223334\nDear Applicant,\n" + body + "\nSincerely,\nIRCC";
        Assert.Equal(DocumentKind.Other, Classify(text).Kind);
    }

    [Fact]
    public void ARefusalForMissingDocumentsIsARefusalWithoutDoubt()
    {
        // A full decision that names what was requested and gives days to leave is still a plain refusal: those
        // words are what such refusals say, not signs of a request letter.
        var text = "Immigration, Refugees and Citizenship Canada\nDate: 2025-09-08\nApplication No.: W312223334\nDear Applicant,\n" +
                   "I have reviewed your application for a post-graduation work permit and I am refusing it for the following reasons.\n" +
                   "You did not provide the documents we requested on 2025-07-01: please submit your final transcript was asked within 30 days, and none was received.\n" +
                   "You must leave Canada by the end of your authorized stay. You may submit a new application.\nSincerely,\nIRCC";
        var result = Classify(text);
        Assert.Equal(DocumentKind.RefusalLetter, result.Kind);
        Assert.False(result.Unclear);
    }

    [Theory]
    [InlineData("The application cannot be approved.")]
    [InlineData("Votre demande ne peut être accueillie.")]
    [InlineData("Votre demande est par conséquent refusée.")]
    [InlineData("Your application is, therefore, refused.")]
    public void ADecisionWordedAsWhatCannotBeApprovedOrWithWordsBeforeItsVerbIsARefusal(string decision)
    {
        var text = "Immigration, Refugees and Citizenship Canada\nDate: 2025-09-08\nApplication No.: W312223334\nDear Applicant,\n" +
                   "This letter concerns your application for a work permit. " + decision + "\n" +
                   "No offer of employment was submitted through the Employer Portal. You may apply to restore your status within 90 days.\nIRCC";
        Assert.Equal(DocumentKind.RefusalLetter, Classify(text).Kind);
    }

    [Fact]
    public void AnApprovalIsAnApproval()
    {
        var text = "Immigration, Refugees and Citizenship Canada\nDate: 2025-09-08\nDear Mr. Okafor,\n" +
                   "We are pleased to inform you that your application for a work permit has been approved. " +
                   "Present this port of entry letter of introduction to the officer on arrival.";
        Assert.Equal(DocumentKind.ApprovalLetter, Classify(text).Kind);
    }

    [Fact]
    public void NotesOnTheirOwnAreReadAsNotes()
    {
        var text = "Officer decision notes\nApplication reviewed. PA is a 45 y.o. teacher. PA's children are adults. No travel. Refused.";
        var lines = NotesLines.Of(text);
        var result = Classifier.Classify(lines);
        Assert.Equal(DocumentKind.GcmsNotes, result.Kind);
        Assert.Single(result.ConcernLines(lines));
    }
}
