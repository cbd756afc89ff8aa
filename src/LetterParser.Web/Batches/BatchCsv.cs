using System.Text;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Batches;

/// <summary>
/// The batch as CSV: Core's <see cref="CsvReportWriter"/> rows (the same as <c>letterparser batch --format csv</c>),
/// in upload order, with a byte-order mark so spreadsheets read accents; a letter still being read gets a row
/// with only its file name and status, so the row count always matches the upload.
/// </summary>
internal static class BatchCsv
{
    public static byte[] Write(BatchSnapshot snapshot)
    {
        var text = new StringWriter { NewLine = "\r\n" };
        var writer = new CsvReportWriter(text);
        writer.WriteHeader();
        foreach (var row in snapshot.Rows)
        {
            if (row.Report is { } report)
            {
                writer.Write(report);
                continue;
            }
            var status = row.Letter.Status == LetterStatus.Processing ? "processing" : "queued";
            text.Write(Cell(row.Letter.FileName) + "," + status + new string(',', CsvReportWriter.Columns.Count - 2) + "\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // Same guard as the report rows: a file name is outside text and must not run as a spreadsheet formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
