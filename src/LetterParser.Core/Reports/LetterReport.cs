using System.Text.Json.Serialization;

namespace LetterParser.Core.Reports;

/// <summary>
/// What LetterParser returns for one file: either a <see cref="FindingsReport"/> or an <see cref="ErrorReport"/>.
/// Shapes follow contract/report.schema.json exactly; serialize with <see cref="ReportJson"/>.
/// </summary>
public abstract record LetterReport
{
    public string SchemaVersion { get; init; } = "1";

    /// <summary>The file name the report is about (for an error report, the one in its body).</summary>
    [JsonIgnore]
    public abstract string SourceFileName { get; }
}

public sealed record FindingsReport(
    SourceInfo Source,
    bool IsRefusalLetter,
    LetterFacts Letter,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<UnrecognizedText> Unrecognized,
    string? OfficerNotes,
    IReadOnlyList<NextStep> NextSteps,
    IReadOnlyList<string> Warnings,
    CatalogueInfo Catalogue,
    string Disclaimer) : LetterReport
{
    [JsonIgnore]
    public override string SourceFileName => Source.FileName;

    /// <summary>What the file is; only a refusal letter has findings from a reasons block.</summary>
    public DocumentKind DocumentKind { get; init; } = IsRefusalLetter ? DocumentKind.RefusalLetter : DocumentKind.Other;

    /// <summary>Whether a person should check this report before relying on it, and why.</summary>
    public ReviewInfo Review { get; init; } = ReviewInfo.NotNeeded;

    /// <summary>Specific concerns read from decision notes or a GCMS printout; they never add a ground.</summary>
    public IReadOnlyList<Concern> Concerns { get; init; } = [];

    /// <summary>The language the explanations are written in.</summary>
    public ReportLanguage ReportLanguage { get; init; } = ReportLanguage.En;

    /// <summary>
    /// In a batch, for a GCMS printout: the file of the refusal letter of the same application, whose report now
    /// holds this printout's concerns. Absent from the JSON (not null) outside a join, so single reports keep their shape.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JoinedTo { get; init; }

    /// <summary>In a batch, for a refusal letter: the GCMS printouts of its application whose concerns were added to this report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? JoinedNotes { get; init; }
}

public enum DocumentKind { RefusalLetter, GcmsNotes, ProceduralFairnessLetter, ApprovalLetter, Other }

public enum ReportLanguage { En, Fr }

/// <summary>Needed whenever any part of the reading is uncertain; each cause has a stable code.</summary>
public sealed record ReviewInfo(bool Needed, IReadOnlyList<ReviewReason> Reasons)
{
    public static ReviewInfo NotNeeded { get; } = new(false, []);

    public static ReviewInfo Of(IReadOnlyList<ReviewReason> reasons) => new(reasons.Count > 0, reasons);
}

/// <param name="Code">Stable: unrecognized-reason, unreadable-box, low-ocr-confidence, missing-date, ambiguous-match, unclear-document-kind, ...</param>
public sealed record ReviewReason(string Code, string Message, int? Page);

/// <summary>One specific concern from the officer's notes, with the ground it supports and the evidence that answers it.</summary>
public sealed record Concern(string ConcernId, string? GroundId, string Quote, int Page, IReadOnlyList<string> Evidence, double Confidence);

public sealed record SourceInfo(string FileName, string MediaType, int PageCount, IReadOnlyList<PageInfo> Pages, LetterLanguage Language);

public sealed record PageInfo(int Number, PageMethod Method, double? OcrConfidence, int? Rotation);

public enum PageMethod { TextLayer, Ocr }

public enum LetterLanguage { En, Fr, Unknown }

public sealed record LetterFacts(
    DateOnly? Date,
    string? ApplicationNumber,
    string? Uci,
    string? ApplicantName,
    string? Office,
    PermitType PermitType,
    DecisionLocation DecisionLocation,
    LetterFormat Format);

public enum PermitType { WorkPermit, StudyPermit, VisitorVisa, Unknown }

public enum DecisionLocation { InsideCanada, OutsideCanada, Unknown }

public enum LetterFormat { Checkbox, Sentences, Nested, InCanada, Unknown }

public sealed record Finding(
    string GroundId,
    string Title,
    string? Regulation,
    string Quote,
    int Page,
    double Confidence,
    IReadOnlyList<FactorFinding> Factors,
    string? Category,
    string Explanation,
    IReadOnlyList<string> HowToAddress,
    IReadOnlyList<string> Evidence);

public sealed record FactorFinding(string GroundId, string Title, string Quote, int Page, double Confidence);

public sealed record UnrecognizedText(string Text, int Page);

public sealed record NextStep(NextStepKind Kind, string Title, string Summary, IReadOnlyList<Deadline> Deadlines, bool Urgent);

public enum NextStepKind { GcmsNotes, Reapply, JudicialReview, Restoration, MisrepresentationBar, LegalAdvice, RespondToOfficer, LeaveCanada }

public sealed record Deadline(DateOnly Date, int Days, string Basis, int? DaysLeft);

public sealed record CatalogueInfo(string Version, DateOnly LastVerified);

/// <summary>A file that could not be read at all, with a message a person can act on.</summary>
public sealed record ErrorReport(string FileName, ErrorDetail Error) : LetterReport
{
    [JsonIgnore]
    public override string SourceFileName => FileName;
}

public sealed record ErrorDetail(ErrorCode Code, string Message);

public enum ErrorCode { EmptyFile, UnsupportedType, CorruptFile, EncryptedPdf, TooLarge, TooManyPages, ImageTooLarge, Unreadable, Internal }
