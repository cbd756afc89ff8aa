using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Support;

/// <summary>Hand-built reports for renderer and triage tests: a plausible refusal, changed with small helpers.</summary>
public static class ReportBuilder
{
    public const string Disclaimer = "Educational information, not legal advice. An IRCC officer decides each case.";

    public static readonly DateOnly LetterDate = new(2024, 3, 18);

    public static FindingsReport Refusal(string fileName = "letter.pdf", DecisionLocation location = DecisionLocation.OutsideCanada) =>
        new(
            new SourceInfo(fileName, "application/pdf", 2, [new PageInfo(1, PageMethod.TextLayer, null, null), new PageInfo(2, PageMethod.TextLayer, null, null)], LetterLanguage.En),
            true,
            new LetterFacts(LetterDate, "W309876543", "12345678", "Jane Doe", "Visa Office Manila", PermitType.WorkPermit, location, LetterFormat.Checkbox),
            [
                new Finding(
                    "will-not-leave", "You may not leave Canada at the end of your stay", "R200(1)(b)",
                    "I am not satisfied that you will leave Canada at the end of your stay", 1, 0.97,
                    [new FactorFinding("will-not-leave.family-ties", "Family ties", "family ties in Canada and in your country of residence", 1, 0.95)],
                    "will-not-leave",
                    "The officer was not convinced you would go home when the permit ends.",
                    ["Show what brings you back home."],
                    ["Letter from your employer at home", "Property deed"]),
            ],
            [new UnrecognizedText("Some line we do not know", 2)],
            null,
            [
                new NextStep(NextStepKind.GcmsNotes, "Request the officer's notes", "Ask for the GCMS notes through ATIP.", [], false),
                JudicialReview(60, daysLeft: 12),
            ],
            [],
            new CatalogueInfo("2024.11", new DateOnly(2024, 11, 1)),
            Disclaimer);

    public static NextStep JudicialReview(int days, int? daysLeft) =>
        new(NextStepKind.JudicialReview, "Ask the Federal Court to review the decision", "Judicial review checks the officer's reasoning.",
            [new Deadline(LetterDate.AddDays(days), days, $"{days} days after {LetterDate:yyyy-MM-dd}, the letter date", daysLeft)],
            daysLeft is >= 0 and <= 7);

    public static FindingsReport WithDaysLeft(this FindingsReport report, int? daysLeft) =>
        report with { NextSteps = [.. report.NextSteps.Where(s => s.Kind != NextStepKind.JudicialReview), JudicialReview(60, daysLeft)] };

    public static FindingsReport WithoutDeadlines(this FindingsReport report) =>
        report with { NextSteps = [.. report.NextSteps.Where(s => s.Deadlines.Count == 0)] };

    public static FindingsReport WithMisrepresentation(this FindingsReport report) =>
        report with
        {
            Findings = [.. report.Findings, new Finding("misrepresentation", "Misrepresentation", "A40(1)(a)", "inadmissible to Canada under paragraph 40(1)(a)", 1, 0.99, [], "inadmissibility", "Five-year bar.", [], [])],
            NextSteps = [.. report.NextSteps, new NextStep(NextStepKind.MisrepresentationBar, "Five-year bar", "You cannot reapply for five years.", [], true)],
        };

    public static FindingsReport NeedingReview(this FindingsReport report, string code = "unrecognized-reason", string message = "A reason matched no known ground.") =>
        report with { Review = ReviewInfo.Of([.. report.Review.Reasons, new ReviewReason(code, message, 2)]) };

    public static FindingsReport InFrench(this FindingsReport report) =>
        report with { Source = report.Source with { Language = LetterLanguage.Fr } };

    public static FindingsReport ReadByOcr(this FindingsReport report, double confidence) =>
        report with { Source = report.Source with { Pages = [.. report.Source.Pages.Select(p => p with { Method = PageMethod.Ocr, OcrConfidence = confidence })] } };

    public static FindingsReport NotARefusal(string fileName = "invoice.pdf") =>
        Refusal(fileName) with
        {
            IsRefusalLetter = false,
            Letter = new LetterFacts(null, null, null, null, null, PermitType.Unknown, DecisionLocation.Unknown, LetterFormat.Unknown),
            Findings = [],
            Unrecognized = [],
            NextSteps = [],
            Warnings = ["This file does not look like an IRCC refusal letter."],
        };

    /// <summary>A GCMS notes printout: no findings, no letter date, the application's numbers and the notes' concerns.</summary>
    public static FindingsReport Printout(string fileName, string? applicationNumber, string? uci, params Concern[] concerns) =>
        Refusal(fileName) with
        {
            IsRefusalLetter = false,
            DocumentKind = DocumentKind.GcmsNotes,
            Letter = new LetterFacts(null, applicationNumber, uci, null, null, PermitType.WorkPermit, DecisionLocation.Unknown, LetterFormat.Unknown),
            Findings = [],
            Unrecognized = [],
            NextSteps = [],
            Concerns = concerns,
        };

    /// <summary>A concern that supports the family-ties factor of <see cref="Refusal"/>'s will-not-leave finding.</summary>
    public static Concern TiesConcern() =>
        new("ties.family-in-canada", "will-not-leave.family-ties", "two brothers in Toronto", 3, ["Proof of family at home"], 0.9);

    /// <summary>A concern whose ground (insufficient funds) <see cref="Refusal"/> does not rely on.</summary>
    public static Concern FundsConcern(string? ground = "insufficient-funds") =>
        new("funds.unexplained-deposit", ground, "lump sum deposit, no provenance", 3, ["Sale deed"], 0.9);

    public static ErrorReport Error(string fileName = "broken.pdf", ErrorCode code = ErrorCode.CorruptFile) =>
        new(fileName, new ErrorDetail(code, "This PDF is damaged and could not be opened. Save it again and upload it again."));
}
