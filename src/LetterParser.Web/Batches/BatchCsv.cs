using System.Text;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Batches;

/// <summary>
/// The batch as CSV: Core's <see cref="CsvReportWriter"/> rows (the same as <c>letterparser batch --format csv</c>),
/// in triage order with a link to each report, with a byte-order mark so spreadsheets read accents; a letter still
/// being read gets a row with only its file name and status, so the row count always matches the upload.
/// </summary>
internal static class BatchCsv
{
    public static byte[] Write(BatchSnapshot snapshot, UiText language)
    {
        var text = new StringWriter { NewLine = "\r\n" };
        var ids = snapshot.Rows.Where(r => r.Report is not null).ToDictionary(r => (object)r.Report!, r => r.Letter.Id, ReferenceEqualityComparer.Instance);
        var writer = new CsvReportWriter(text, new CsvOptions(language, snapshot.Today, report => $"/letters/{ids[report]}"));
        writer.WriteHeader();
        foreach (var row in snapshot.InTriageOrder())
        {
            if (row.Report is { } report)
            {
                writer.Write(report);
                continue;
            }
            var status = row.Letter.Status == LetterStatus.Processing ? "processing" : "queued";
            text.Write(CsvReportWriter.PendingRow(row.Letter.FileName, status) + "\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
