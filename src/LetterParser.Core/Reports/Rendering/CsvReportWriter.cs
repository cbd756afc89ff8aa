using System.Globalization;
using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// One CSV row per file, for a clinic to open in a spreadsheet. RFC 4180: comma separated, CRLF line ends, a field
/// quoted when it holds a comma, quote or line break, quotes doubled. Text cells that a spreadsheet would run as a
/// formula (starting with = + - @, tab or carriage return) get a leading apostrophe, because file names and letter
/// fields come from outside (OWASP "CSV injection"). Numbers this writer formats itself are not prefixed, so a
/// negative "days left" stays a number.
/// </summary>
public sealed class CsvReportWriter(TextWriter writer) : IReportWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "file", "status", "error_code", "error_message", "letter_date", "application_number", "permit_type",
        "decision_location", "grounds", "misrepresentation", "judicial_review_deadlines", "days_left", "urgent",
        "restoration_deadline",
    ];

    /// <inheritdoc />
    public void WriteHeader() => WriteRow(Columns.Select(Text));

    /// <inheritdoc />
    public void Write(LetterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        WriteRow(Cells(report));
    }

    /// <summary>One report as a single CSV line (without the line end), e.g. for a web response built row by row.</summary>
    public static string FormatRow(LetterReport report) => string.Join(',', Cells(report));

    private void WriteRow(IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells));
        writer.Write("\r\n");
    }

    private static IEnumerable<string> Cells(LetterReport report) => report switch
    {
        ErrorReport error =>
        [
            Text(error.FileName), "error", Text(ReportText.Kebab(error.Error.Code)), Text(error.Error.Message),
            "", "", "", "", "", "", "", "", "", "",
        ],
        RefusalReport { IsRefusalLetter: false } other =>
        [
            Text(other.Source.FileName), "not-a-refusal", "", "", "", "", "", "", "", "", "", "", "", "",
        ],
        RefusalReport refusal => RefusalCells(refusal),
        _ => throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report)),
    };

    private static string[] RefusalCells(RefusalReport report)
    {
        var letter = report.Letter;
        var grounds = report.Findings
            .SelectMany(f => f.Factors.Count == 0 ? [f.GroundId] : f.Factors.Select(x => x.GroundId).Prepend(f.GroundId))
            .Distinct(StringComparer.Ordinal);
        var judicialReview = report.NextSteps
            .Where(s => s.Kind == NextStepKind.JudicialReview)
            .SelectMany(s => s.Deadlines)
            .OrderBy(d => d.Date)
            .ToList();
        var restoration = report.NextSteps
            .Where(s => s.Kind == NextStepKind.Restoration)
            .SelectMany(s => s.Deadlines)
            .OrderBy(d => d.Date)
            .FirstOrDefault();
        // With two judicial-review dates (location unknown) the first is the safe one, so "days left" follows it.
        var daysLeft = judicialReview.FirstOrDefault()?.DaysLeft;
        return
        [
            Text(report.Source.FileName),
            "ok",
            "",
            "",
            letter.Date is { } date ? ReportText.Iso(date) : "",
            Text(letter.ApplicationNumber ?? ""),
            ReportText.Kebab(letter.PermitType),
            ReportText.Kebab(letter.DecisionLocation),
            Text(string.Join(';', grounds)),
            TriageOrder.HasMisrepresentation(report) ? "yes" : "no",
            string.Join(';', judicialReview.Select(d => ReportText.Iso(d.Date))),
            daysLeft?.ToString(CultureInfo.InvariantCulture) ?? "",
            report.NextSteps.Any(s => s.Urgent) ? "yes" : "no",
            restoration is null ? "" : ReportText.Iso(restoration.Date),
        ];
    }

    /// <summary>A text cell: guarded against formula injection, then quoted per RFC 4180 when needed.</summary>
    internal static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
            return value;
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        quoted.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        return quoted.Append('"').ToString();
    }
}
