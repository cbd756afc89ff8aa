namespace LetterParser.Core.Tests.Support;

/// <summary>
/// The ground ids of shared/domain/refusal-letters.md §3, listed once for all tests: the catalogue explains exactly
/// these, reports use no others, and the corpora's expectations may name no others.
/// </summary>
internal static class DomainGroundIds
{
    public static readonly IReadOnlyList<string> All =
    [
        "will-not-leave", "will-not-leave.travel-history", "will-not-leave.family-ties", "will-not-leave.purpose-of-visit",
        "will-not-leave.current-employment", "will-not-leave.employment-prospects", "will-not-leave.immigration-status",
        "will-not-leave.assets-finances", "will-not-leave.length-of-stay", "will-not-leave.previous-contravention",
        "insufficient-funds", "ability-to-perform-work", "job-offer.genuineness", "job-offer.lmia", "job-offer.offer-of-employment",
        "category-eligibility", "documents.not-provided", "documents.truthfulness", "misrepresentation", "inadmissibility.medical",
        "inadmissibility.criminality", "inadmissibility.security", "other",
    ];
}
