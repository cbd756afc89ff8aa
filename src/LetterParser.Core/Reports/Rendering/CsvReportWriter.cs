using System.Globalization;
using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// One CSV row per file, for a clinic to open in a spreadsheet. RFC 4180: comma separated, CRLF line ends, a field
/// quoted when it holds a comma, quote or line break, quotes doubled. Text cells that a spreadsheet would run as a
/// formula (starting with = + - @, tab or carriage return) get a leading apostrophe, because file names and letter
/// fields come from outside (OWASP "CSV injection"). Numbers this writer formats itself are not prefixed, so a
/// negative "days left" stays a number. Rows carry the triage (<see cref="TriageOrder"/>) in words, the nearest open
/// deadline with its days left, and the review flag; the header and the words follow <see cref="CsvOptions.Text"/>.
/// In a batch joined by <see cref="Notes.LetterNotesPairing"/>, <c>joined_with</c> names on a letter's row the GCMS
/// printouts whose concerns it holds, and on a printout's row the letter it was joined to.
/// </summary>
public sealed class CsvReportWriter(TextWriter writer, CsvOptions? options = null) : IReportWriter
{
    private readonly CsvOptions _options = options ?? CsvOptions.Default;

    /// <summary>The columns' stable ids, in order; the header row shows them in the chosen language (ui "csv.*").</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "file", "status", "triage", "applicant_name", "application_number", "uci", "letter_date", "permit_type",
        "decision_location", "grounds", "concerns", "joined_with", "misrepresentation", "nearest_deadline", "nearest_deadline_step", "days_left",
        "urgent", "review", "review_reasons", "judicial_review_deadlines", "restoration_deadline", "error_code",
        "error_message", "report",
    ];

    /// <summary>The header row's names in <paramref name="text"/>'s language.</summary>
    public static IReadOnlyList<string> Header(UiText text) => Columns.Select(c => text["csv." + c]).ToList();

    /// <inheritdoc />
    public void WriteHeader() => WriteRow(Header(_options.Text).Select(Text));

    /// <inheritdoc />
    public void Write(LetterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        WriteRow(Cells(report, _options));
    }

    /// <summary>A row for a letter that has no report yet: its file name and status, every other cell empty.</summary>
    public static string PendingRow(string fileName, string status) =>
        string.Join(',', new[] { Text(fileName), Text(status) }.Concat(Enumerable.Repeat("", Columns.Count - 2)));

    private void WriteRow(IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells));
        writer.Write("\r\n");
    }

    private static string[] Cells(LetterReport report, CsvOptions options)
    {
        var text = options.Text;
        var triage = TriageOrder.Of(report, options.Today);
        var link = Text(options.ReportLink?.Invoke(report) ?? "");
        var cells = Enumerable.Repeat("", Columns.Count).ToArray();
        void Set(string column, string value) => cells[ColumnIndex[column]] = value;

        Set("file", Text(report.SourceFileName));
        Set("triage", Text(triage.Label(text)));
        Set("report", link);
        Set("review", text.Yes(triage.ReviewNeeded));
        if (report is ErrorReport error)
        {
            Set("status", "error");
            Set("error_code", Text(ReportText.Kebab(error.Error.Code)));
            Set("error_message", Text(error.Error.Message));
            Set("review_reasons", Text(text["reviewReason.unreadable-file"]));
            return cells;
        }
        if (report is not FindingsReport r)
            throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report));

        var letter = r.Letter;
        Set("status", r.IsRefusalLetter ? "ok" : "not-a-refusal");
        Set("applicant_name", Text(letter.ApplicantName ?? ""));
        Set("application_number", Text(letter.ApplicationNumber ?? ""));
        Set("uci", Text(letter.Uci ?? ""));
        Set("letter_date", letter.Date is { } date ? ReportText.Iso(date) : "");
        Set("review_reasons", Text(string.Join("; ", ReviewReasons(r, triage, text))));
        // A printout or a fairness letter has concerns without grounds, so these come before the refusal-only cells.
        Set("concerns", Text(string.Join(';', r.Concerns.Select(c => c.ConcernId).Distinct(StringComparer.Ordinal))));
        Set("joined_with", Text(r.JoinedTo ?? string.Join(';', r.JoinedNotes ?? [])));
        if (!r.IsRefusalLetter)
            return cells;

        var grounds = r.Findings
            .SelectMany(f => f.Factors.Count == 0 ? [f.GroundId] : f.Factors.Select(x => x.GroundId).Prepend(f.GroundId))
            .Distinct(StringComparer.Ordinal);
        var judicialReview = r.NextSteps.Where(s => s.Kind == NextStepKind.JudicialReview).SelectMany(s => s.Deadlines).OrderBy(d => d.Date);
        var restoration = r.NextSteps.Where(s => s.Kind == NextStepKind.Restoration).SelectMany(s => s.Deadlines).OrderBy(d => d.Date).FirstOrDefault();
        Set("permit_type", ReportText.Kebab(letter.PermitType));
        Set("decision_location", ReportText.Kebab(letter.DecisionLocation));
        Set("grounds", Text(string.Join(';', grounds)));
        Set("misrepresentation", text.Yes(triage.Misrepresentation));
        if (triage.Deadline is { } nearest)
        {
            Set("nearest_deadline", ReportText.Iso(nearest.Date));
            Set("nearest_deadline_step", ReportText.Kebab(triage.Step!.Kind));
            Set("days_left", triage.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "");
        }
        Set("urgent", text.Yes(triage.Urgent));
        Set("judicial_review_deadlines", string.Join(';', judicialReview.Select(d => ReportText.Iso(d.Date))));
        Set("restoration_deadline", restoration is null ? "" : ReportText.Iso(restoration.Date));
        return cells;
    }

    /// <summary>The report's own review reasons, plus "no deadline" when triage found none to count.</summary>
    private static IEnumerable<string> ReviewReasons(FindingsReport report, Triage triage, UiText text)
    {
        foreach (var reason in report.Review.Reasons)
            yield return text.Review(reason);
        if (report.IsRefusalLetter && triage.Deadline is null && report.Review.Reasons.All(r => r.Code != "missing-date"))
            yield return text["reviewReason.no-deadline"];
    }

    private static readonly IReadOnlyDictionary<string, int> ColumnIndex =
        Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

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

/// <summary>How CSV rows are written.</summary>
/// <param name="Text">The language of the header row and of the words in cells (triage, review, yes/no).</param>
/// <param name="Today">The day "days left" is counted to; null keeps the count the report was made with.</param>
/// <param name="ReportLink">The address of each report (the web service's batch), or null where there is none (the CLI).</param>
public sealed record CsvOptions(UiText Text, DateOnly? Today = null, Func<LetterReport, string?>? ReportLink = null)
{
    public static CsvOptions Default { get; } = new(UiText.English);
}
