namespace LetterParser.Core.Tests.Matching;

/// <summary>
/// Reason sentences in wording the catalogue was not written from: for every ground and factor of
/// shared/domain/refusal-letters.md at least six paraphrases (English and French, first and third
/// person, passive, synonyms, typos, reordered, shortened, expanded, hard line breaks), and hard
/// negatives that name a factor without a finding. Written before the concept matcher, from the
/// domain table only; a failing row is a wording the matcher does not yet generalise to.
/// </summary>
public static class ParaphraseSet
{
    internal const string W = "will-not-leave";
    internal const string Travel = "will-not-leave.travel-history";
    internal const string Family = "will-not-leave.family-ties";
    internal const string Purpose = "will-not-leave.purpose-of-visit";
    internal const string Job = "will-not-leave.current-employment";
    internal const string Prospects = "will-not-leave.employment-prospects";
    internal const string Status = "will-not-leave.immigration-status";
    internal const string Assets = "will-not-leave.assets-finances";
    internal const string Length = "will-not-leave.length-of-stay";
    internal const string Contravened = "will-not-leave.previous-contravention";
    internal const string Funds = "insufficient-funds";
    internal const string Ability = "ability-to-perform-work";
    internal const string Genuine = "job-offer.genuineness";
    internal const string Lmia = "job-offer.lmia";
    internal const string Offer = "job-offer.offer-of-employment";
    internal const string Category = "category-eligibility";
    internal const string MissingDocuments = "documents.not-provided";
    internal const string Truth = "documents.truthfulness";
    internal const string Misrep = "misrepresentation";
    internal const string Medical = "inadmissibility.medical";
    internal const string Criminal = "inadmissibility.criminality";
    internal const string Security = "inadmissibility.security";

    /// <summary>One reason sentence and the grounds it states (empty: it states none).</summary>
    public sealed record Case(string Text, string[] Grounds)
    {
        public override string ToString() => Text.Length > 70 ? Text[..70] + "…" : Text;
    }

    private static Case C(string text, params string[] grounds) => new(text, grounds);

    public static readonly IReadOnlyList<Case> Cases =
    [
        // The umbrella alone.
        C("The undersigned is not satisfied that the applicant will leave Canada at the end of the authorized period of stay.", W),
        C("It has not been demonstrated that you would depart Canada at the end of your temporary stay.", W),
        C("I am not convinced that you would return to your home country at the conclusion of your authorized stay.", W),
        C("You have not satisfied me that you are a bona fide temporary resident who will leave Canada by the end of the period authorized.", W),
        C("Je ne suis pas convaincue que vous quitteriez le Canada à l'expiration de votre séjour autorisé.", W),
        C("Il n'a pas été démontré que le demandeur quittera le Canada à la fin de la période de séjour autorisée.", W),
        C("Vous n'avez pas établi que vous retourneriez dans votre pays au terme de votre séjour.", W),
        C("I am not satisified that you wil leave Canda at the end of your stay.", W),
        C("I am not satisfied that you\nwill leave Canada at the end\nof your stay as a temporary resident.", W),
        C("Departure from Canada at the end of the authorized stay has not been established to my satisfaction.", W),

        // Travel history.
        C("I am not satisfied that you will leave Canada at the end of your stay, given your limited previous travel.", W, Travel),
        C("The applicant's history of travel does not satisfy me that she would leave Canada at the end of her stay.", W, Travel),
        C("The undersigned is not satisfied, in light of your travel history, that you would depart Canada at the end of the period authorized for your stay.", W, Travel),
        C("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, compte tenu de vos voyages antérieurs.", W, Travel),
        C("Il n'a pas été démontré que vous quitteriez le Canada au terme de votre séjour, vu l'absence d'antécédents de voyage.", W, Travel),
        C("I am not satisfied that you will leave Canada at the end of your stay based on your travel histroy.", W, Travel),
        C("Your past travel does not show that you have respected the conditions of visas issued by other countries.", Travel),

        // Family ties.
        C("I am not satisfied that you will leave Canada at the end of your stay, given your family connections in Canada and in your home country.", W, Family),
        C("The applicant does not have strong family ties outside Canada.", Family),
        C("Vous n'avez pas d'attaches familiales importantes à l'extérieur du Canada.", Family),
        C("Je ne suis pas convaincu que vous quitteriez le Canada à la fin de votre séjour en raison de vos liens familiaux au Canada.", W, Family),
        C("The undersigned is not satisfied that the applicant would depart Canada at the end of the stay, taking into account the applicant's ties to family in Canada and abroad.", W, Family),
        C("You have significant familial ties in Canada.", Family),
        C("I am not satisfied that you will leave Canada at the end of your stay, based on your famly ties in Canada and in your country of residence.", W, Family),

        // Purpose of visit.
        C("The purpose of your trip is not consistent with a temporary stay, given the details you provided.", Purpose),
        C("The stated reason for your visit to Canada is inconsistent with a temporary stay.", Purpose),
        C("I am not satisfied that you will leave Canada at the end of your stay, based on the reason for your visit.", W, Purpose),
        C("Le but de votre séjour au Canada n'est pas compatible avec un séjour temporaire.", Purpose),
        C("L'objet de votre visite ne correspond pas à un séjour temporaire, compte tenu des renseignements fournis.", Purpose),
        C("It has not been demonstrated that the applicant would leave Canada at the end of the stay, given the purpose of his visit.", W, Purpose),

        // Current employment.
        C("Your present job does not show that you are financially established in your country of residence.", Job),
        C("The applicant's current employment does not demonstrate that she is established in her country of residence.", Job),
        C("I am not satisfied that you will leave Canada at the end of your stay, based on your current job situation.", W, Job),
        C("Votre emploi actuel ne démontre pas que vous êtes bien établi dans votre pays de résidence.", Job),
        C("Votre situation professionnelle actuelle ne montre pas que vous êtes établi financièrement.", Job),
        C("Your current occupation does not show that you are financially established in your country of residence.", Job),
        C("Your curent employment situaton does not show that you are financially established.", Job),

        // Employment prospects.
        C("I am not satisfied that you will leave Canada at the end of your stay, given the limited job prospects in your country of residence.", W, Prospects),
        C("Your prospects of employment in your home country are limited.", Prospects),
        C("The applicant has limited career prospects in his country of residence.", Prospects),
        C("Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, compte tenu des perspectives d'emploi limitées dans votre pays.", W, Prospects),
        C("Vos perspectives professionnelles dans votre pays de résidence sont limitées.", Prospects),
        C("I am not satisfied that you would leave Canada, based on your employment prospects in your country of residence.", W, Prospects),

        // Immigration status.
        C("I am not satisfied that you will leave Canada at the end of your stay, based on your immigration status in your country of residence.", W, Status),
        C("The applicant's residency status in the country where she lives is temporary.", Status),
        C("Your status in your country of residence is precarious.", Status),
        C("Je ne suis pas convaincu que vous quitteriez le Canada à la fin de votre séjour, compte tenu de votre statut d'immigration dans votre pays de résidence.", W, Status),
        C("Votre statut dans votre pays de résidence est temporaire.", Status),
        C("It has not been demonstrated that you would leave Canada at the end of your stay, given your imigration status.", W, Status),
        C("The applicant's legal status in the country of residence is uncertain.", Status),

        // Assets and finances as ties.
        C("I am not satisfied that you will leave Canada at the end of your stay, based on your personal assets and financial situation.", W, Assets),
        C("The undersigned is not satisfied the applicant would depart Canada at the end of the stay, given her personal assets and financial status.", W, Assets),
        C("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, compte tenu de vos biens personnels et de votre situation financière.", W, Assets),
        C("Based on your assets and financial circumstances, I am not satisfied that you will leave Canada at the end of your stay.", W, Assets),
        C("I am not satisfied you would leave Canada at the end of your stay, given your personal asets and financial status.", W, Assets),
        C("Il n'a pas été démontré que vous quitteriez le Canada au terme de votre séjour, vu vos actifs personnels et votre situation financière.", W, Assets),

        // Length of stay.
        C("I am not satisfied that you will leave Canada at the end of your stay, given the length of your intended stay in Canada.", W, Length),
        C("I am not satisfied that you will leave Canada at the end of your stay, given the duration of your proposed stay.", W, Length),
        C("Based on the length of the proposed stay in Canada, I am not satisfied that the applicant will leave Canada at the end of the stay.", W, Length),
        C("Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, compte tenu de la durée du séjour proposé.", W, Length),
        C("Il n'a pas été démontré que vous quitteriez le Canada, compte tenu de la durée prévue de votre séjour.", W, Length),
        C("I am not satisfied that you will leave Canada at the end of your stay, given the lenght of your proposed stay.", W, Length),

        // Previous contravention.
        C("I am not satisfied that you will leave Canada at the end of your stay, given that you previously overstayed in Canada.", W, Contravened),
        C("You have a history of non-compliance with the conditions of your previous stay in Canada.", Contravened),
        C("The applicant has previously violated the conditions of admission during an earlier stay in Canada.", Contravened),
        C("Vous avez déjà contrevenu aux conditions d'admission lors d'un séjour antérieur au Canada.", Contravened),
        C("Je ne suis pas convaincu que vous quitteriez le Canada, compte tenu du non-respect des conditions de votre séjour précédent.", W, Contravened),
        C("Your history of having contravened the conditions of admission on a prior stay in Canada.", Contravened),

        // Funds.
        C("I am not satisfied that you have sufficient and available financial resources to support yourself during your stay in Canada.", Funds),
        C("The applicant has not demonstrated that she has enough money to cover her tuition and living expenses.", Funds),
        C("You have not shown that you have the means to support yourself and your family members while in Canada.", Funds),
        C("Your funds are insufficient for the proposed stay.", Funds),
        C("Je ne suis pas convaincu que vous disposez de moyens financiers suffisants pour subvenir à vos besoins pendant votre séjour.", Funds),
        C("Vos ressources financières sont insuffisantes pour couvrir vos frais de scolarité et de subsistance.", Funds),
        C("Il n'a pas été démontré que vous disposez de fonds suffisants et disponibles.", Funds),
        C("You have not demonstrated sufficent funds to support your stay.", Funds),

        // Ability to perform the work.
        C("The applicant has not demonstrated that he would be able to adequately perform the work sought.", Ability),
        C("I am not satisfied that you have the qualifications and experience needed to carry out the duties of the job offered.", Ability),
        C("You have not shown sufficient English language ability to perform the job.", Ability),
        C("Il n'a pas été démontré que vous seriez en mesure d'exercer adéquatement l'emploi que vous cherchez à occuper.", Ability),
        C("Vous n'avez pas démontré que vos compétences linguistiques en français vous permettraient d'exercer les fonctions du poste.", Ability),
        C("You were not able to show you can adequately perfom the work you seek.", Ability),
        C("I am not satisfied that you meet the job requirements of the position offered.", Ability),

        // Genuine job offer.
        C("The officer is not satisfied that the job offer is genuine.", Genuine),
        C("I am not convinced that the offer of employment is bona fide.", Genuine),
        C("The employment offer does not appear to be genuine.", Genuine),
        C("Je ne suis pas convaincu que l'offre d'emploi est authentique.", Genuine),
        C("L'offre d'emploi ne semble pas être véritable.", Genuine),
        C("It has not been established that the offer of employment is genuine, as stipulated in paragraph 200(5) of the IRPR.", Genuine),

        // LMIA.
        C("You do not hold a positive Labour Market Impact Assessment for this job.", Lmia),
        C("The LMIA provided does not match the position described in your application.", Lmia),
        C("No labour market impact assessment (LMIA) was issued for the position offered.", Lmia),
        C("Vous n'avez pas d'étude d'impact sur le marché du travail (EIMT) favorable pour ce poste.", Lmia),
        C("L'EIMT fournie ne correspond pas à l'emploi offert.", Lmia),
        C("The job offer is not supported by a valid labor market impact assessment.", Lmia),

        // LMIA-exempt offer of employment.
        C("Your employer did not submit the offer of employment through the Employer Portal.", Offer),
        C("The employer compliance fee was not paid.", Offer),
        C("No offer of employment number from the Employer Portal was included with your application.", Offer),
        C("L'offre d'emploi n'a pas été soumise par le Portail des employeurs.", Offer),
        C("Les frais de conformité de l'employeur n'ont pas été payés.", Offer),
        C("The offer of employment (IMM 5802) was not submitted by the employer.", Offer),

        // Category eligibility, including the open work permits refused inside Canada.
        C("You have not demonstrated that you meet the requirements of the International Experience Canada program.", Category),
        C("The evidence provided is insufficient to show that your spouse is employed in a TEER 0, 1, 2 or 3 occupation.", Category),
        C("Your program of study was less than eight months in length, so you are not eligible for a post-graduation work permit.", Category),
        C("You did not graduate from an eligible program at a designated learning institution.", Category),
        C("Vous ne satisfaites pas aux exigences d'admissibilité de la catégorie des personnes mutées à l'intérieur d'une société.", Category),
        C("Vous n'êtes pas admissible à un permis de travail ouvert transitoire, car vous n'avez pas de demande de résidence permanente en cours.", Category),
        C("Insufficient evidence was provided that you have a pending application for permanent residence in an eligible program.", Category),
        C("To be eligible for a spousal open work permit, your spouse must hold a valid work permit, work in a TEER 0, 1, 2 or 3 occupation and live in Canada.", Category),

        // MissingDocuments not provided.
        C("To date, you have not submitted the documents requested in our letter of March 3.", MissingDocuments),
        C("The requested police certificate has not been received.", MissingDocuments),
        C("You did not provide the bank statements we asked for.", MissingDocuments),
        C("Vous n'avez pas fourni les documents demandés dans notre lettre du 3 mars.", MissingDocuments),
        C("Les renseignements demandés n'ont pas été reçus à ce jour.", MissingDocuments),
        C("The applicant failed to submit the required information within the time allowed.", MissingDocuments),
        C("Section 16(1) of IRPA requires that you provide all relevant evidence that the officer reasonably requires; you have not done so.", MissingDocuments),

        // Truthfulness.
        C("The officer is not satisfied that the applicant answered all questions truthfully.", Truth),
        C("I am not satisfied that you have been truthful in answering the questions asked of you.", Truth),
        C("Je ne suis pas convaincue que vous avez répondu de façon véridique à toutes les questions.", Truth),
        C("Specifically, I am not satisfied that the following information is true: your employment history.", Truth),
        C("You have not answered truthfully all the questions put to you, as required by subsection 16(1) of the IRPA.", Truth),
        C("Plus précisément, je ne suis pas convaincu que les renseignements suivants sont véridiques :", Truth),

        // Misrepresentation.
        C("You are inadmissible to Canada pursuant to A40(1)(a) for a period of five years.", Misrep),
        C("You have been found to have misrepresented material facts relating to your application.", Misrep),
        C("Vous êtes interdit de territoire au Canada pour fausses déclarations pendant une période de cinq ans.", Misrep),
        C("The applicant withheld material facts; she is inadmissible for misrepresentation under section 40 of the Act.", Misrep),
        C("Vous avez fait une présentation erronée sur un fait important.", Misrep),
        C("You are inadmissable under paragraph 40(1)(a) of IRPA for misrepresentation.", Misrep),

        // Medical.
        C("You did not undergo the required medical examination.", Medical),
        C("The applicant is inadmissible on health grounds under section 38 of the IRPA.", Medical),
        C("Vous n'avez pas subi l'examen médical requis.", Medical),
        C("Vous êtes interdit de territoire pour motifs sanitaires.", Medical),
        C("Your immigration medical exam results show a condition that is a danger to public health.", Medical),
        C("You are medically inadmissible to Canada.", Medical),

        // Criminality.
        C("You are inadmissible to Canada on grounds of serious criminality.", Criminal),
        C("The applicant is inadmissible under section 36 of the IRPA because of a criminal conviction.", Criminal),
        C("Vous êtes interdit de territoire pour grande criminalité.", Criminal),
        C("You are criminally inadmissible to Canada.", Criminal),
        C("Vous êtes interdit de territoire pour criminalité au titre de l'article 36 de la LIPR.", Criminal),
        C("Because of your conviction for impaired driving, you are inadmissible for criminality.", Criminal),

        // Security.
        C("You are inadmissible on security grounds under section 34 of the IRPA.", Security),
        C("The applicant is inadmissible for violating human or international rights.", Security),
        C("Vous êtes interdit de territoire pour raisons de sécurité.", Security),
        C("You are inadmissible for organized criminality under section 37.", Security),
        C("Vous êtes interdit de territoire pour atteinte aux droits humains ou internationaux.", Security),
        C("You are inadmissible to Canada on grounds of security.", Security),

        // Several factors in one sentence: lettered lists, French lists, factors spread over the sentence.
        C("I am not satisfied that you will leave Canada at the end of your stay, based on: (a) your travel history; (b) your family ties in Canada and in your country of residence; (c) the purpose of your visit.", W, Travel, Family, Purpose),
        C("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, compte tenu de vos antécédents de voyage, de votre emploi actuel et de vos biens personnels.", W, Travel, Job, Assets),
        C("Given your limited travel history and your weak employment prospects at home, and considering your family ties in Canada, I am not satisfied you would depart Canada at the end of your stay.", W, Travel, Prospects, Family),
        C("I am not satisfied that you will leave Canada at the end of your stay, based on 1. the purpose of your visit 2. the length of your proposed stay 3. your immigration status.", W, Purpose, Length, Status),

        // Hard negatives: general descriptions of what officers weigh, requests, closings.
        C("In assessing applications, officers consider factors such as family ties, immigration status, employment and travel history."),
        C("Officers weigh the applicant's ties to the country of residence, including family, employment and personal assets."),
        C("Les agents tiennent compte de facteurs tels que les liens familiaux, l'emploi actuel et le statut d'immigration."),
        C("Please provide proof of your immigration status in your country of residence."),
        C("Provide a copy of your passport and of your immigration status document."),
        C("You must otherwise leave Canada immediately."),
        C("If you are in Canada without status, you must leave Canada."),
        C("Sinon, vous devez quitter le Canada immédiatement."),
        C("A temporary resident must leave Canada by the end of the period authorized for their stay."),
        C("All factors, including your employment and family situation, were considered."),
        C("Please submit proof of funds, such as bank statements, with any new application."),
        C("Thank you for your interest in visiting Canada."),
    ];

    public static IEnumerable<object[]> Rows() => Cases.Select(c => new object[] { c });
}
