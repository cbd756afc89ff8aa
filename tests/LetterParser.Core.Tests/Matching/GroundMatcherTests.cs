using LetterParser.Core.Tests.Support;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Matching;

namespace LetterParser.Core.Tests.Matching;

public class GroundMatcherTests
{
    private static readonly GroundMatcher Matcher = new(TextPipeline.Catalogue.Grounds);

    private static string[] GroundsIn(string text) => Matcher.Match(text).Grounds.Select(g => g.GroundId).Order().ToArray();

    [Theory]
    [InlineData("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your travel history.")]
    [InlineData("The officer is not satisfied that the applicant will leave Canada at the end of the stay, as stipulated in subsection 200(1) of the IRPR, based on the applicant's travel history.")]
    [InlineData("I am not satisfied that you will leave Canada at the end of your stay as stipulated in paragraph 200(l)(b) of the IRPR based on your trave1 hist0ry.")]
    [InlineData("I am not satisfled that you wi11 leave Canada at the end of your stay, as stipu-lated in paragraph 200(1)(b), based on your travelhistory.")]
    public void FindsTheUmbrellaAndItsFactorAcrossWordingDrift(string sentence) =>
        Assert.Equal(["will-not-leave", "will-not-leave.travel-history"], GroundsIn(sentence));

    [Fact]
    public void SeveralFactorsInOneSentenceAreSeveralFactors() =>
        Assert.Equal(
            ["will-not-leave", "will-not-leave.employment-prospects", "will-not-leave.family-ties", "will-not-leave.purpose-of-visit"],
            GroundsIn("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on the purpose of your visit, your family ties in Canada and in your country of residence and the limited employment prospects in your country of residence."));

    [Fact]
    public void AFactorClauseThatMatchesNothingIsKeptVerbatim()
    {
        var match = Matcher.Match("I am not satisfied that you will leave Canada at the end of your stay, based on your travel history and the unusual route of your proposed journey.");
        Assert.Equal(["will-not-leave", "will-not-leave.travel-history"], match.Grounds.Select(g => g.GroundId).Order());
        Assert.Equal(["the unusual route of your proposed journey"], match.UncoveredClauses);
    }

    [Fact]
    public void CountryOfResidenceContinuesTheFamilyTiesClause()
    {
        var match = Matcher.Match("I am not satisfied that you will leave Canada at the end of your stay, based on your family ties in Canada and in your country of residence.");
        Assert.Empty(match.UncoveredClauses);
    }

    [Theory]
    [InlineData("Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, comme l'exige le paragraphe 216(1) du RIPR, compte tenu de vos liens familiaux au Canada et dans votre pays de résidence.", "will-not-leave.family-ties")]
    [InlineData("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, compte tenu de vos perspectives d'emploi dans votre pays de résidence.", "will-not-leave.employment-prospects")]
    [InlineData("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, compte tenu de votre situation d'emploi actuelle.", "will-not-leave.current-employment")]
    public void ReadsFrenchFactors(string sentence, string factor) =>
        Assert.Equal(["will-not-leave", factor], GroundsIn(sentence));

    [Theory]
    [InlineData("Your current work permit remains valid until 2024-01-15; this decision does not change it.")]
    [InlineData("Votre permis de travail actuel demeure valide; la présente décision ne le modifie pas.")]
    public void ARemarkThatAStatusIsUnaffectedIsNoReasonEvenWithItsOwnNegation(string sentence)
    {
        var match = Matcher.Match(sentence);
        Assert.Empty(match.Grounds);
        Assert.True(match.IsBoilerplate);
    }

    [Fact]
    public void ACurrentWorkPermitIsNoCurrentEmploymentFactor() =>
        Assert.Equal(["will-not-leave"], GroundsIn("I am not satisfied that you will leave Canada at the end of your stay; your current work permit expires soon."));

    [Theory]
    [InlineData("I am not satisfied that you will leave Canada at the end of your stay, given the duration of proposed stay.", "will-not-leave.length-of-stay")]
    [InlineData("The officer is not satisfied you will depart Canada, considering the proposed length of your visit.", "will-not-leave.length-of-stay")]
    [InlineData("I am not persuaded that you will leave Canada, having regard to your present occupation.", "will-not-leave.current-employment")]
    [InlineData("Je ne suis pas convaincu que vous quitterez le Canada, compte tenu de la durée de votre visite.", "will-not-leave.length-of-stay")]
    [InlineData("We are not satisfied that you will leave Canada at the end of your stay, considering the limited job opportunities available to you in your country of residence.", "will-not-leave.employment-prospects")]
    [InlineData("I am not satisfied that you will leave Canada at the end of your stay: the reason you give for coming to Canada does not fit a temporary stay.", "will-not-leave.purpose-of-visit")]
    public void AFactorPhraseWithItsWordsCombinedAnotherWayIsStillTheFactor(string sentence, string factor) =>
        Assert.Equal(["will-not-leave", factor], GroundsIn(sentence));

    [Theory]
    [InlineData("Documents or information that were requested have not been submitted.")]
    [InlineData("The information we asked for was never received.")]
    [InlineData("You failed to submit the evidence requested of you within the time allowed.")]
    [InlineData("Les renseignements qui vous ont été demandés n'ont pas été fournis.")]
    [InlineData("Vous n'avez pas transmis les pièces justificatives demandées.")]
    public void AnAskedForItemThatDidNotComeIsADocumentNotProvided(string sentence) =>
        Assert.Equal(["documents.not-provided"], GroundsIn(sentence));

    [Fact]
    public void AnItemThatWasSubmittedAsRequestedIsNoMissingDocument() =>
        Assert.Empty(GroundsIn("The information requested was received on 3 May and has been reviewed."));

    [Theory]
    [InlineData("L'agent(e) n'est pas convaincu(e) que vous repartirez du Canada au terme du séjour autorisé.")]
    [InlineData("I am not satisfied that you would go back to your country at the end of your stay.")]
    public void LeavingSaidWithOtherVerbsIsStillTheFinding(string sentence) =>
        Assert.Contains("will-not-leave", GroundsIn(sentence));

    [Theory]
    [InlineData("Je ne suis pas convaincu que vous avez répondu avec sincérité à toutes les questions qui vous ont été posées.", "documents.truthfulness")]
    [InlineData("I am not satisfied that you answered honestly all the questions put to you.", "documents.truthfulness")]
    [InlineData("Vous n'avez pas été en mesure de démontrer que vous pourriez exercer convenablement les fonctions de l'emploi visé.", "ability-to-perform-work")]
    [InlineData("It has not been shown that you could properly perform the duties of the position.", "ability-to-perform-work")]
    [InlineData("Vous n'avez donc pas démontré que vous satisfaites aux exigences de cette catégorie.", "category-eligibility")]
    public void AGroundsKeyPhraseWithAWordInsideOrAnotherWordForItIsStillTheGround(string sentence, string ground) =>
        Assert.Equal([ground], GroundsIn(sentence));

    [Theory]
    [InlineData("Because the application refused was itself an application for restoration, restoration is no longer available to you.")]
    [InlineData("Comme la demande refusée était elle-même une demande de rétablissement, vous ne pouvez pas présenter une nouvelle demande de rétablissement.")]
    public void ARemarkOnWhetherRestorationIsOpenIsNoReason(string sentence) =>
        Assert.Empty(GroundsIn(sentence));

    [Fact]
    public void AShortfallWithAnAdverbInsideAgainstACategorysCriteriaIsCategoryEligibility() =>
        Assert.Equal(["category-eligibility"], GroundsIn("Vous ne satisfaites donc pas aux critères d'admissibilité du PTPD."));

    [Theory]
    [InlineData("Our records indicate that your work permit expired on August 2, 2023.")]
    [InlineData("Selon les renseignements au dossier, vous avez étudié à temps partiel pendant les deux dernières sessions.")]
    [InlineData("A spouse of a worker may obtain an open work permit if the principal worker holds a valid work permit.")]
    public void TheRecordACategoryWasCheckedAgainstOrWhatItAllowsIsACondition(string sentence)
    {
        Assert.True(Matcher.StatesACondition(sentence));
        Assert.Empty(GroundsIn(sentence));
    }

    [Fact]
    public void FundsSentenceIsInsufficientFundsNotTheAssetsFactor() =>
        Assert.Equal(["insufficient-funds"], GroundsIn("Your assets and financial situation are insufficient to support the stated purpose of travel for yourself (and any accompanying family member(s), if applicable)."));

    [Fact]
    public void TheSixteenOneDutyToAnswerTruthfullyIsNotATruthfulnessFinding() =>
        Assert.Equal(["documents.not-provided"], GroundsIn("Section 16(1) of the Immigration and Refugee Protection Act requires that all questions put to an applicant must be answered truthfully and that all relevant evidence that an officer requests, and reasonably requires, must be provided."));

    [Theory]
    [InlineData("I am not satisfied that you have answered truthfully all questions asked of you.", "documents.truthfulness")]
    [InlineData("Je ne suis pas convaincu que vous avez répondu véridiquement à toutes les questions qui vous ont été posées.", "documents.truthfulness")]
    [InlineData("You were not able to demonstrate that you will be able to adequately perform the work you seek.", "ability-to-perform-work")]
    [InlineData("Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement les tâches de l'emploi que vous cherchez.", "ability-to-perform-work")]
    [InlineData("I am not satisfied that the offer of employment is genuine.", "job-offer.genuineness")]
    [InlineData("You do not have a valid positive Labour Market Impact Assessment for the position.", "job-offer.lmia")]
    [InlineData("The offer of employment was not submitted through the Employer Portal and the compliance fee was not paid.", "job-offer.offer-of-employment")]
    [InlineData("You have not established that you meet the eligibility requirements as an intra-company transferee in the C12 Specialized Knowledge category under R205(a).", "category-eligibility")]
    [InlineData("You are inadmissible to Canada under paragraph 40(1)(a) of the IRPA for misrepresenting or withholding material facts, for a period of five years.", "misrepresentation")]
    [InlineData("You are inadmissible on health grounds.", "inadmissibility.medical")]
    [InlineData("You do not have significant family ties outside Canada.", "will-not-leave.family-ties")]
    public void RecognisesEachGround(string sentence, string ground) =>
        Assert.Contains(ground, GroundsIn(sentence));

    [Theory]
    [InlineData("Thank you for your interest in working in Canada.")]
    [InlineData("I am refusing your application for the following reasons:")]
    [InlineData("In reaching this decision, I considered several factors, including:")]
    [InlineData("I am not satisfied that you meet the requirements of the Act and the Regulations.")]
    public void OpeningSentencesAreBoilerplateNotGrounds(string sentence)
    {
        var match = Matcher.Match(sentence);
        Assert.Empty(match.Grounds);
        Assert.True(match.IsBoilerplate);
    }

    [Fact]
    public void AnOtherLineGivesTheOfficersOwnText()
    {
        var match = Matcher.Match("Other: the employer's business licence had expired.");
        Assert.Equal("the employer's business licence had expired", match.OtherText);
    }

    [Fact]
    public void AnUnrelatedSentenceMatchesNothing()
    {
        var match = Matcher.Match("The weather in Ottawa was pleasant on the day of the interview.");
        Assert.Empty(match.Grounds);
        Assert.False(match.IsBoilerplate);
    }

    [Fact]
    public void AMatchNamesTheWordsThatMatched()
    {
        var hit = Assert.Single(Matcher.Match("The undersigned is not persuaded that the applicant would depart once the authorized stay ends.").Grounds);
        Assert.Equal("will-not-leave", hit.GroundId);
        Assert.Equal(["not persuaded", "depart", "stay ends"], hit.MatchedWords);
    }

    [Fact]
    public void ConceptsMustMeetWithinOneSentence() =>
        Assert.Empty(GroundsIn("I am not satisfied with the copy you sent. You may leave the originals at the end of the visit."));

    [Fact]
    public void OneFindingVerbCanCarryTwoGrounds()
    {
        var match = Matcher.Match("Je ne suis pas convaincu que vous disposez de moyens financiers suffisants ni que vous quitteriez le Canada à la fin de votre séjour.");
        Assert.Equal(["insufficient-funds", "will-not-leave"], match.Grounds.Select(g => g.GroundId).Order());
        Assert.False(match.Ambiguous);
    }

    [Theory]
    [InlineData("In assessing applications, officers consider factors such as family ties, immigration status, employment and travel history.")]
    [InlineData("Please provide proof of your immigration status in your country of residence.")]
    [InlineData("A temporary resident must leave Canada by the end of the period authorized for their stay.")]
    public void ADescriptionARequestOrADutyToLeaveIsNoFinding(string sentence)
    {
        var match = Matcher.Match(sentence);
        Assert.Empty(match.Grounds);
        Assert.True(match.IsBoilerplate);
    }

    [Fact]
    public void ADescriptionFollowedByAFindingIsAFinding() =>
        Assert.Equal(["will-not-leave.family-ties"],
            GroundsIn("Officers consider factors such as family ties. You do not have significant family ties outside Canada."));

    [Fact]
    public void AnUnprovenConditionOfTheCategoryIsEligibilityNotMissingDocuments() =>
        Assert.Equal(["category-eligibility"], GroundsIn("You have not provided evidence that your spouse is employed in a TEER 0, 1, 2 or 3 occupation."));

    [Theory]
    [InlineData("Your brothers and your parents in Canada are stronger ties than those you have shown at home.")]
    [InlineData("Vos parents et vos frères au Canada constituent des liens plus forts que ceux que vous avez démontrés dans votre pays.")]
    public void FamilyNamedByItsMembersWithATiesWordIsTheFamilyTiesFactor(string sentence)
    {
        var hit = Assert.Single(Matcher.Match(sentence).Grounds);
        Assert.Equal("will-not-leave.family-ties", hit.GroundId);
        Assert.True(hit.NeedsContext);
    }

    [Theory]
    [InlineData("Your relatives in Canada (two siblings) represent stronger ties than those you have at home.")]
    [InlineData("You misrepresented nothing, but the bank letter could not be verified.")]
    public void MisrepresentWithoutItsFindingContextIsNoMisrepresentation(string sentence) =>
        Assert.DoesNotContain("misrepresentation", GroundsIn(sentence));

    [Fact]
    public void ANoticeDenyingAFindingDeniesWhatItNames() =>
        Assert.Equal(["documents.truthfulness"],
            GroundsIn("Je ne suis pas convaincu que vous avez répondu véridiquement aux questions posées, et la présente décision ne constitue pas une conclusion d'interdiction de territoire pour fausses déclarations."));

    [Theory]
    [InlineData("You must stop working immediately.")]
    [InlineData("Vous ne devez pas travailler pendant cette période.")]
    [InlineData("Please note that this decision is not a finding of inadmissibility under section 40 of the Act.")]
    [InlineData("A new application may be submitted with evidence that answers these concerns.")]
    [InlineData("Your application for a work permit supported by a labour market impact assessment has now been assessed.")] // names what was applied for
    public void AnInstructionOrNoticeAroundTheDecisionIsNoReason(string sentence)
    {
        var match = Matcher.Match(sentence);
        Assert.Empty(match.Grounds);
        Assert.True(match.IsBoilerplate);
    }

    [Theory]
    [InlineData("Par conséquent, vous ne satisfaites pas aux conditions d'admissibilité de ce permis.")]
    [InlineData("L'agent n'est pas convaincu que vous répondez aux critères d'admissibilité de cette catégorie.")]
    [InlineData("I am not satisfied that you meet the eligibility criteria of this category.")]
    public void NotMeetingTheEligibilityConditionsIsCategoryEligibility(string sentence) =>
        Assert.Equal(["category-eligibility"], GroundsIn(sentence));

    [Theory]
    [InlineData("J'ai conclu que vous avez fait une présentation erronée sur un fait important : le diplôme présenté n'a pas été délivré par l'établissement.")]
    [InlineData("You are inadmissible under paragraph 40(1)(a) for misrepresenting a material fact: the diploma you submitted was not issued by the college, and you did not provide the transcript requested.")]
    public void MisrepresentationAboutADocumentIsMisrepresentationOnly(string sentence) =>
        Assert.Equal(["misrepresentation"], GroundsIn(sentence));

    [Fact]
    public void WhatADescriptionListsIsNoFindingEvenWhereTheFindingFollowsWithoutAFullStop() =>
        Assert.Equal(["will-not-leave", "will-not-leave.travel-history"],
            GroundsIn("An officer may look at the money available for the trip and ties to the country of residence (immigration status, employment, family) "
                + "after review I am not satisfied that you will leave Canada at the end of your stay, based on your travel history."));

    [Fact]
    public void WhatTheLawRequiresOfEveryApplicantIsNoFinding() =>
        Assert.Empty(GroundsIn("A foreign national who wishes to become a temporary resident must satisfy an officer that they will comply with the conditions imposed and leave Canada by the end of the authorized period."));

    [Fact]
    public void AFindingVerbGovernsItsWholeSentence() =>
        Assert.Equal(["category-eligibility"],
            GroundsIn("You have not provided sufficient evidence that your spouse holds a position in Canada which, under the National Occupational Classification, is at TEER 0, 1, 2 or 3."));

    [Theory]
    [InlineData("reason for the trip", "will-not-leave.purpose-of-visit")]
    [InlineData("intended duration of stay in Canada", "will-not-leave.length-of-stay")]
    [InlineData("having regard to the length of the stay you propose", "will-not-leave.length-of-stay")]
    [InlineData("present occupation", "will-not-leave.current-employment")]
    [InlineData("past failure to respect the conditions of entry during an earlier stay", "will-not-leave.previous-contravention")]
    [InlineData("le fait que vous n'avez pas respecté les conditions de votre séjour antérieur", "will-not-leave.previous-contravention")]
    public void ReadsFactorLabelsInOtherWords(string label, string factor) =>
        Assert.Equal([factor], GroundsIn(label));

    [Theory]
    [InlineData("It has not been shown that your knowledge of the firm's products reaches an advanced level of expertise.")]
    [InlineData("The documents do not show that you were employed continuously by the company abroad for one year in the three years before you applied.")]
    [InlineData("Il n'a pas été établi que le poste offert est un poste de cadre supérieur.")]
    [InlineData("To take part, a participant must be between 18 and 30 years of age when the application is received.")]
    public void AnUnmetOrStatedConditionOfTheCategoryIsCategoryEligibility(string sentence) =>
        Assert.Equal(["category-eligibility"], GroundsIn(sentence));

    [Theory]
    [InlineData("The job you currently hold does not show that you are established in your country.")]
    [InlineData("L'emploi que vous occupez ne démontre pas que vous êtes établi dans votre pays.")]
    public void TheCurrentJobNamedByARelativeClauseIsTheCurrentEmploymentFactor(string sentence) =>
        Assert.Equal(["will-not-leave.current-employment"], GroundsIn(sentence));

    [Fact]
    public void TwoGroundsCompetingForTheSameWordsAreFlaggedAmbiguous()
    {
        var matcher = new GroundMatcher(Catalogue("""
            { "grounds": [ { "id": "a", "phrasings": [["current employment"]] }, { "id": "b", "phrasings": [["employment situation"]] } ],
              "boilerplate": [], "otherMarkers": [], "categories": [] }
            """, "a", "b"));

        var hit = Assert.Single(matcher.Match("Your current employment situation does not show that you are established.").Grounds);

        Assert.True(hit.Ambiguous);
        Assert.Equal(hit.GroundId == "a" ? "b" : "a", hit.CompetingGroundId);
    }

    [Fact]
    public void ALongerNamingOfTheSameWordsIsNoCloseCall()
    {
        var match = Matcher.Match("You are inadmissible for organized criminality under section 37.");
        Assert.Equal("inadmissibility.security", Assert.Single(match.Grounds).GroundId);
        Assert.False(match.Ambiguous);
    }

    private static GroundsCatalogue Catalogue(string grounds, params string[] ids)
    {
        var texts = string.Join(", ", ids.Append("other").Select(id => $$"""
            "{{id}}": { "title": "t", "explanation": "e", "howToAddress": [], "evidence": [] }
            """));
        var explanations = $$"""{ "version": "1", "lastVerified": "2026-01-01", "disclaimer": "d", "grounds": { {{texts}} }, "nextSteps": {}, "truthfulnessWarning": "w" }""";
        return GroundsCatalogue.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(grounds)), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(explanations)));
    }
}
