using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LetterParser.Web.Batches;

// STAND-IN until Core's CsvReportWriter lands on main (the lead will dedupe): one row per letter,
// in upload order, with the triage rank so a spreadsheet can sort by urgency.
internal static class BatchCsv
{
    private static readonly string[] Header =
    [
        "file_name", "letter_id", "status", "triage_rank", "error_code", "error_message", "language", "letter_date",
        "application_number", "office", "permit_type", "decision_location", "grounds", "misrepresentation",
        "judicial_review_deadline", "days_left", "urgent",
    ];

    public static string Write(BatchSnapshot snapshot)
    {
        var rank = snapshot.InTriageOrder().Select((row, i) => (row.Letter.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var row in snapshot.Rows)
        {
            var refusal = row.Refusal;
            var deadline = row.JudicialReviewDeadline;
            string?[] cells =
            [
                row.Letter.FileName,
                row.Letter.Id,
                Kebab(row.Letter.Status.ToString()),
                rank[row.Letter.Id].ToString(CultureInfo.InvariantCulture),
                row.Error is { } e ? Kebab(e.Code.ToString()) : null,
                row.Error?.Message,
                refusal is null ? null : Kebab(refusal.Source.Language.ToString()),
                refusal?.Letter.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                refusal?.Letter.ApplicationNumber,
                refusal?.Letter.Office,
                refusal is null ? null : Kebab(refusal.Letter.PermitType.ToString()),
                refusal is null ? null : Kebab(refusal.Letter.DecisionLocation.ToString()),
                refusal is null ? null : string.Join("; ", refusal.Findings.Select(f => f.GroundId)),
                refusal is null ? null : row.Misrepresentation ? "yes" : "no",
                deadline?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                deadline is null ? null : snapshot.DaysLeft(deadline)?.ToString(CultureInfo.InvariantCulture),
                refusal is null ? null : row.Urgent ? "yes" : "no",
            ];
            csv.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        // A cell starting with = + - @ would run as a formula in a spreadsheet; letters are untrusted text.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
