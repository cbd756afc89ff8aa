namespace LetterParser.Core.Catalogue;

/// <summary>
/// The ground ids that code itself must name, because a rule hangs on them (the umbrella of the factors, the
/// five-year bar, the free-text ground). Every other id lives only in the catalogue data.
/// </summary>
public static class GroundIds
{
    public const string WillNotLeave = "will-not-leave";
    public const string InsufficientFunds = "insufficient-funds";
    public const string CategoryEligibility = "category-eligibility";
    public const string DocumentsTruthfulness = "documents.truthfulness";
    public const string Misrepresentation = "misrepresentation";
    public const string Other = "other";
}
