using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Notes;

public class ConcernExtractorTests
{
    private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();
    private static readonly ConcernExtractor Extractor = new(Catalogue);

    private static string[] Ids(string notes, IReadOnlyCollection<string>? grounds = null) =>
        Extractor.Extract(NotesLines.Of(notes), grounds).Select(c => c.ConcernId).Order(StringComparer.Ordinal).ToArray();

    private static void Expect(string notes, params string[] ids) =>
        Assert.Equal(ids.Order(StringComparer.Ordinal).ToArray(), Ids(notes));

    [Fact]
    public void EachDoubtInAFundsNoteBecomesItsOwnConcern() => Expect(
        "I have reviewed the application. The applicant submitted a bank book from a cooperative.\n" +
        "The statement shows a deposit of 1,400,000 made nine days before the application was lodged, with no explanation of where it came from.\n" +
        "No pay slips or tax returns were provided to support the declared salary.",
        "funds.unexplained-deposit", "funds.income-not-documented");

    [Fact]
    public void CapitalsShorthandWithTyposIsRead() => Expect(
        "PA IS A 34 Y.O. SINGLE MALE, NO DEPENDANTS. NO PREVIOUS TRAVEL OUTSIDE REGION.\n" +
        "PA IS CURRENTLY UNEMPLOYED AND HAS NO ASSETS IN HOME COUNTRY. FUNDS INSUFFICEINT FOR INTENDED STAY.\n" +
        "ON BALANCE NOT SATISFIED PA IS A BF VISITOR WHO WILL DEPART CDA AT THE END OF AUTHORIZED STAY. REFUSED.",
        "employment.unemployed", "funds.insufficient", "ties.limited-assets", "ties.no-dependants", "travel.none");

    [Fact]
    public void PositiveFindingsAndTheStockFrameAreNotConcerns() => Expect(
        "Application reviewed. LMIA is positive and names the applicant. Reference letters list duties matching the NOC.\n" +
        "Applicant provided six months of detailed bank statements. Spouse and two children remain in the home country.\n" +
        "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. For the reasons above, I have refused this application.");

    [Fact]
    public void ANoteThatOnlyConcludesHasNoConcerns() => Expect(
        "Not satisfied that PA meets the requirements of the Act. Application refused under R179(b).");

    [Fact]
    public void StudyPermitNotesYieldTheStudyConcerns() => Expect(
        "Client holds a master's degree in business administration and now seeks a one-year college certificate in office administration, a lower level than previous studies.\n" +
        "Comparable programs are offered by institutions in the applicant's home city at a lower cost.\n" +
        "The letter of explanation is generic and does not explain how the program would advance her career.",
        "purpose.available-at-home", "purpose.study-plan-weak", "purpose.study-regression");

    [Fact]
    public void WorkPermitNotesYieldTheJobConcerns() => Expect(
        "Applicant applied for an LMIA-based WP as a welder (NOC 72106).\n" +
        "The employer was incorporated four months ago and has two employees; the work address is a residential home.\n" +
        "Applicant's IELTS overall band is 4.5, below the level the safety duties require.\n" +
        "No trade certificate or proof of welding training was submitted.\n" +
        "The offered wage of $17 per hour is below the prevailing wage for this NOC in the region.",
        "job.employer-genuineness", "job.qualification-not-shown", "job.wage-below-prevailing", "language.below-requirement");

    [Fact]
    public void MissingLanguageProofIsNotALowLevel() => Expect(
        "No language test results on file and the job requires English communication with clients.",
        "language.no-evidence");

    [Fact]
    public void FrenchNotesAreReadToo() => Expect(
        "Demande examinée. Le demandeur est célibataire et sans emploi.\n" +
        "Les relevés bancaires montrent un dépôt important récent dont l'origine n'est pas démontrée.\n" +
        "Aucun antécédent de voyage. Je ne suis pas convaincu que le demandeur quittera le Canada à la fin de la période de séjour autorisée.",
        "employment.unemployed", "funds.unexplained-deposit", "travel.none");

    [Fact]
    public void MaritalStatusAloneIsANeutralFactButNoDependantsIsAConcern()
    {
        Expect("PA is 31, single, citizen of Ghana, applying for a graduate certificate in Ontario.");
        Expect("DP 27 ans, célibataire, citoyenne du Sénégal.");
        Expect("PA 29 Y.O., SINGLE, NO CHILDREN", "ties.no-dependants");
        Expect("Célibataire, sans enfant, aucune personne à charge au pays.", "ties.no-dependants");
    }

    [Fact]
    public void StockConclusionsInOtherWordsAreNoConcern()
    {
        Expect("Après avoir pesé l'ensemble des éléments, je ne suis pas convaincue que la DP quittera le Canada à la fin de son séjour.");
        Expect("Based on the documents submitted I am not satisfied the applicant will be able to adequately perform the work sought.");
        Expect("Ms. Jane Roe Procedural fairness letter Dear Jane Roe, This letter concerns your study permit application.");
    }

    [Fact]
    public void ARelativesIncomeNotShownIsThirdPartySupport()
    {
        Expect("No evidence of the uncle's income or employment was provided.", "funds.third-party-support");
        Expect("Aucune preuve des revenus de l'oncle n'a été fournie.", "funds.third-party-support");
    }

    [Fact]
    public void AFixedDepositIsSavingsWhoseOriginIsAskedNotACreditEvent()
    {
        Expect("No documents show how the savings in the fixed deposit were accumulated.", "funds.source-unclear");
        Expect("Savings account shows a single credit of GHS 190,000 two weeks before submission with no explanation of where it came from.",
            "funds.unexplained-deposit");
    }

    [Fact]
    public void AVisaRefusedBeforeIsAPreviousRefusalInShorthandToo()
    {
        Expect("prev TRV refused 2014 and 2015.", "travel.previous-refusal");
        Expect("PA was refused a visitor visa in 2021 and circumstances have not changed.", "travel.previous-refusal");
        Expect("Deux refus de visa Schengen en 2022 et 2023.", "travel.previous-refusal");
    }

    [Fact]
    public void TiesConcernsAreTold() => Expect(
        "Subject's two brothers and her mother live in Canada as permanent residents.\n" +
        "Applicant intends to travel with spouse and both children, which weakens ties to the country of residence.\n" +
        "PA resides in Qatar on a work visa only; there is no guarantee he would be allowed to return there.",
        "status.temporary-in-residence-country", "ties.accompanying-family", "ties.family-in-canada");

    [Fact]
    public void TravelHistoryConcernsAreTold() => Expect(
        "PA was refused a US visa twice in 2022 and a UK visa in 2023.\n" +
        "Previously visited the UK and remained for 14 months on a six-month visa.",
        "travel.long-stays-abroad", "travel.previous-refusal");

    [Fact]
    public void CredibilityAndMissingDocumentsAreTold() => Expect(
        "Employment dates on the reference letter differ from those declared in the application form.\n" +
        "The applicant failed to declare a previous refusal of a Schengen visa.\n" +
        "Police certificate was requested on 2025-03-02 and has not been provided.",
        "credibility.inconsistency", "documents.missing", "travel.previous-refusal");

    [Fact]
    public void ADoubtThatFitsNoConcernIsKeptWordForWord()
    {
        var concerns = Extractor.Extract(NotesLines.Of("Applicant reviewed. The purported medical conference in Halifax could not be located in any public listing, which raises doubts."));
        var other = Assert.Single(concerns);
        Assert.Equal("other", other.ConcernId);
        Assert.Null(other.GroundId);
        Assert.Contains("medical conference in Halifax", other.Quote);
    }

    [Fact]
    public void AConcernSaidTwiceIsReportedOnce()
    {
        var concerns = Extractor.Extract(NotesLines.Of("No travel history.\nPA has no previous travel abroad."));
        Assert.Equal("travel.none", Assert.Single(concerns).ConcernId);
    }

    [Fact]
    public void AConcernKeepsThePageItIsOnAndTheNotesOwnWords()
    {
        var concerns = Extractor.Extract(NotesLines.Of("Application reviewed.\fSponsor is an uncle in Dubai; his relationship to the PA is not documented."));
        var concern = Assert.Single(concerns);
        Assert.Equal("funds.third-party-support", concern.ConcernId);
        Assert.Equal(2, concern.Page);
        Assert.Contains("relationship to the PA is not documented", concern.Quote);
        Assert.NotEmpty(concern.Evidence);
    }

    [Fact]
    public void AFundsConcernSupportsTheAssetsFactorWhenTheLetterReliesOnIt()
    {
        var notes = NotesLines.Of("Proof of funds is limited and does not cover tuition and living costs.");
        Assert.Equal("insufficient-funds", Extractor.Extract(notes).Single().GroundId);
        Assert.Equal("will-not-leave.assets-finances",
            Extractor.Extract(notes, ["will-not-leave", "will-not-leave.assets-finances"]).Single().GroundId);
    }

    [Fact]
    public void EvidenceComesInTheReportLanguage()
    {
        var notes = NotesLines.Of("No travel history.");
        var en = Extractor.Extract(notes).Single().Evidence;
        var fr = Extractor.Extract(notes, language: ReportLanguage.Fr).Single().Evidence;
        Assert.Equal(Catalogue.EvidenceOf("travel.none", ReportLanguage.En), en);
        Assert.Equal(Catalogue.EvidenceOf("travel.none", ReportLanguage.Fr), fr);
        Assert.NotEqual(en, fr);
    }

    [Fact]
    public void GcmsRecordStructureAroundTheNotesIsSteppedOver() => Expect(
        "Eligibility: Failed\nMedical: Passed\nCriminality: Passed\n2025-06-03 14:22 CM41872\n" +
        "Refusal letter generated\nPage 4 of 9\n2025-06-03 14:20 CM41872\n" +
        "Reviewed application for SP. PA is 27 y.o. citizen of Ghana. Detailed transaction history not provided; only a\n" +
        "balance certificate on file.\ns.16(1)(c)\n",
        "funds.transaction-history");

    [Fact]
    public void TableFieldsWithoutColonsAreSteppedOverToo() => Expect(
        "Marital Status Single\nEligibility Failed\nApp Status Closed\nNOTES\nPA has no travel history.",
        "travel.none");

    [Fact]
    public void APositiveFindingIsNoConcernEvenOneEditFromANegativeOne() =>
        // "sufficient" is one edit from "insufficient": the negating prefix must be in the text.
        Expect("Funds sufficient for tuition and living costs. Study permit approved.");

    [Fact]
    public void AShortWordThatCarriesTheMeaningMustBeThere() =>
        // "pr application" must not be found in a status line about the application itself.
        Expect("Application submitted online. Application received 2025-03-02.");

    [Fact]
    public void ExpBeforeADateIsExpiryNotExperience() => Expect(
        "NEPALESE CITIZEN WORKING IN KUALA LUMPUR AS SECURITY GUARD ON TEMP WORK PASS EXP 2026. PA'S STAY IN MALAYSIA DEPENDS ON CONTRACT RENEWAL, NO RIGHT TO REMAIN.",
        "status.temporary-in-residence-country");

    [Fact]
    public void TimeInTheTradeShortOfTheRequirementIsInsufficientExperience() =>
        Expect("PA HAS 14 MTHS AS HELPER, DOES NOT MEET 3 YRS REQUIRED BY LMIA.", "job.experience-insufficient");

    [Fact]
    public void ADocumentTheOfficerRequestedAndDidNotReceiveIsAMissingDocument() =>
        Expect("Transcripts from previous program requested on 2025-07-10 and not received.", "documents.missing");

    [Fact]
    public void ABalanceTooLowForTheFlightIsInsufficientFundsInFrench() => Expect(
        "Le relevé bancaire montre un solde de 420 000 FCFA, ce qui est insuffisant pour couvrir le billet d'avion et un séjour de trois semaines.",
        "funds.insufficient");
}
