using static LetterParser.Core.Tests.Matching.ParaphraseSet;

namespace LetterParser.Core.Tests.Matching;

/// <summary>
/// A second paraphrase set, written after the concepts were built and scored once untouched before any
/// change, so that it measures how the concepts generalise rather than how well they fit the first set.
/// </summary>
public static class HeldOutParaphraseSet
{
    private static Case C(string text, params string[] grounds) => new(text, grounds);

    public static readonly IReadOnlyList<Case> Cases =
    [
        C("Having reviewed the file, the officer is not persuaded that the applicant would exit Canada once the authorized stay ends.", W),
        C("You have failed to establish that you will depart from Canada at the expiry of the period authorized for your stay.", W),
        C("Nous ne sommes pas convaincus que vous quitteriez le Canada au terme de la période autorisée.", W),
        C("Je ne suis pas persuadé que vous retournerez dans votre pays à la fin de vos études.", W),
        C("The applicant did not satisfy the officer that he would leave Canada by the end of his authorized stay, given his travel history and family ties in Canada.", W, Travel, Family),
        C("The applicant has no previous travel history to countries with similar immigration requirements.", Travel),
        C("Vos antecedents de voyages sont limites.", Travel),
        C("You have weak family ties in your country of residence.", Family),
        C("Les liens familiaux que vous avez au Canada sont plus forts que ceux dans votre pays.", Family),
        C("The reason you gave for travelling to Canada is not consistent with a temporary stay.", Purpose),
        C("Il n'a pas été démontré que vous quitteriez le Canada au terme de votre séjour, compte tenu du but de votre visite.", W, Purpose),
        C("Your employment at present does not show that you are financially established.", Job),
        C("La situation d'emploi actuelle du demandeur ne démontre pas qu'il est établi.", Job),
        C("The applicant's employment prospects at home are poor.", Prospects),
        C("I am not satisfied you would leave Canada at the end of your stay given your limited job prospects in your country of residence.", W, Prospects),
        C("Your immigration status in the country where you reside is temporary.", Status),
        C("Votre statut d'immigrant dans votre pays de résidence est précaire.", Status),
        C("Given your personal assets and financial situation, the undersigned is not satisfied that you will leave Canada at the end of your stay.", W, Assets),
        C("Compte tenu de la durée de votre séjour proposé, je ne suis pas convaincu que vous quitteriez le Canada à la fin de celui-ci.", W, Length),
        C("You previously remained in Canada beyond the period authorized and overstayed your visa.", Contravened),
        C("Le demandeur n'a pas respecté les conditions de son séjour antérieur au Canada ; il a contrevenu aux conditions de son visa.", Contravened),
        C("You have not demonstrated that you have adequate funds to pay for your tuition and living costs in Canada.", Funds),
        C("Les fonds dont vous disposez ne suffisent pas pour couvrir votre séjour.", Funds),
        C("The officer is not satisfied that the applicant possesses sufficient financial resources for the trip.", Funds),
        C("You have not demonstrated that you possess the experience required to perform the duties of the job offered.", Ability),
        C("Vous n'avez pas démontré votre capacité à exercer les fonctions de l'emploi offert.", Ability),
        C("It has not been shown that the job offer is genuine.", Genuine),
        C("Je doute que l'offre d'emploi soit authentique ; elle n'est pas véritable.", Genuine),
        C("The position offered is not covered by the positive LMIA issued to the employer.", Lmia),
        C("The offer of employment number was not submitted through the Employer Portal.", Offer),
        C("You do not qualify for a post-graduation work permit because you did not complete an eligible program.", Category),
        C("Your partner's occupation is not in TEER 0, 1, 2 or 3, so you are not eligible for a spousal open work permit.", Category),
        C("Vous n'êtes pas admissible à la catégorie des personnes mutées à l'intérieur d'une société.", Category),
        C("You did not submit the documents requested in the procedural fairness letter within the time allowed.", MissingDocuments),
        C("À ce jour, vous n'avez pas fourni les documents demandés.", MissingDocuments),
        C("The officer is not satisfied that all questions were answered truthfully by the applicant.", Truth),
        C("You are inadmissible to Canada for five years for directly or indirectly misrepresenting material facts.", Misrep),
        C("Vous êtes interdite de territoire pour fausses déclarations.", Misrep),
        C("The applicant has not completed the required immigration medical examination.", Medical),
        C("Vous êtes interdit de territoire pour criminalité.", Criminal),
        C("You are inadmissible to Canada on grounds of security under section 34(1) of the Act.", Security),
        C("When reviewing a visitor application, officers examine ties to the home country such as family, employment and immigration status."),
        C("Vous devez fournir une preuve de votre statut d'immigration dans votre pays de résidence."),
        C("Please include a copy of your current employment letter with your next application."),
        C("You are required to leave Canada by the date your status expires."),
        C("Les agents tiennent compte de plusieurs facteurs, notamment les liens familiaux et le statut d'immigration."),
    ];

    public static IEnumerable<object[]> Rows() => Cases.Select(c => new object[] { c });
}
