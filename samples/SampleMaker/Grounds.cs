namespace SampleMaker;

/// <summary>Ground ids from shared/domain/refusal-letters.md §3, spelled once.</summary>
public static class G
{
    public const string WillNotLeave = "will-not-leave";
    public const string TravelHistory = "will-not-leave.travel-history";
    public const string FamilyTies = "will-not-leave.family-ties";
    public const string PurposeOfVisit = "will-not-leave.purpose-of-visit";
    public const string CurrentEmployment = "will-not-leave.current-employment";
    public const string EmploymentProspects = "will-not-leave.employment-prospects";
    public const string ImmigrationStatus = "will-not-leave.immigration-status";
    public const string AssetsFinances = "will-not-leave.assets-finances";
    public const string LengthOfStay = "will-not-leave.length-of-stay";
    public const string PreviousContravention = "will-not-leave.previous-contravention";
    public const string Funds = "insufficient-funds";
    public const string Ability = "ability-to-perform-work";
    public const string Genuineness = "job-offer.genuineness";
    public const string Lmia = "job-offer.lmia";
    public const string OfferOfEmployment = "job-offer.offer-of-employment";
    public const string Category = "category-eligibility";
    public const string DocumentsNotProvided = "documents.not-provided";
    public const string Truthfulness = "documents.truthfulness";
    public const string Misrepresentation = "misrepresentation";
    public const string Medical = "inadmissibility.medical";
    public const string Criminality = "inadmissibility.criminality";
    public const string Security = "inadmissibility.security";
    public const string Other = "other";

    /// <summary>The will-not-leave factor boxes in the order the checkbox form prints them.</summary>
    public static readonly (string Id, string En, string Fr)[] Factors =
    [
        (TravelHistory, "travel history", "antécédents de voyage"),
        (PurposeOfVisit, "purpose of visit", "objet de la visite"),
        (EmploymentProspects, "employment prospects in country of residence", "perspectives d'emploi dans votre pays de résidence"),
        (LengthOfStay, "length of proposed stay in Canada", "durée du séjour proposé au Canada"),
        (FamilyTies, "family ties in Canada and country of residence", "liens familiaux au Canada et dans votre pays de résidence"),
        (AssetsFinances, "personal assets and financial status", "biens personnels et situation financière"),
        (CurrentEmployment, "current employment situation", "situation d'emploi actuelle"),
        (ImmigrationStatus, "immigration status in country of residence", "statut d'immigrant dans votre pays de résidence"),
        (PreviousContravention, "your history of having contravened the conditions of admission on a previous stay in Canada",
            "vous avez déjà contrevenu aux conditions d'admission lors d'un séjour antérieur au Canada"),
    ];

    /// <summary>The factor boxes grouped into printed lines (perRow sizes), with the given factors ticked.</summary>
    public static IReadOnlyList<IReadOnlyList<Check>> FactorRows(string language, int[] perRow, params string[] ticked)
    {
        if (perRow.Sum() != Factors.Length)
        {
            throw new ArgumentException("Rows must hold every factor box.", nameof(perRow));
        }

        var rows = new List<IReadOnlyList<Check>>();
        var i = 0;
        foreach (var n in perRow)
        {
            rows.Add(Factors.Skip(i).Take(n)
                .Select(f => new Check(language == "fr" ? f.Fr : f.En, f.Id, ticked.Contains(f.Id))).ToList());
            i += n;
        }

        return rows;
    }
}
