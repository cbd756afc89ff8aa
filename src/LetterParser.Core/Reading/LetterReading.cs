using LetterParser.Core.Reports;

namespace LetterParser.Core.Reading;

/// <summary>What Reading found in a letter, before any ground is matched.</summary>
/// <param name="IsIrccLetter">The document comes from IRCC (letterhead, office, identifiers), refusal or not.</param>
public sealed record LetterReading(
    LetterLanguage Language,
    DateOnly? Date,
    string? ApplicationNumber,
    string? Uci,
    string? ApplicantName,
    string? Office,
    PermitType PermitType,
    DecisionLocation DecisionLocation,
    bool UsesCheckboxes,
    bool BoxesUnreadable,
    bool UsesBullets,
    IReadOnlyList<ReasonItem> Reasons,
    string? OfficerNotes,
    LetterKind Kind,
    bool IsIrccLetter);

/// <summary>What sort of document this is, from its wording alone.</summary>
public enum LetterKind
{
    /// <summary>Says the application is refused, or states reasons in refusal form.</summary>
    Refusal,
    /// <summary>A procedural-fairness letter: concerns stated before any decision.</summary>
    ProceduralFairness,
    /// <summary>An approval or a letter of introduction.</summary>
    Approval,
    /// <summary>Nothing that looks like an IRCC decision.</summary>
    Other,
}
