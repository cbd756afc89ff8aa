namespace LetterParser.Core.Reports.Rendering;

/// <summary>JSON Lines: one compact <see cref="ReportJson"/> document per line, in the order written.</summary>
public sealed class JsonLinesReportWriter(TextWriter writer) : IReportWriter
{
    /// <inheritdoc />
    public void WriteHeader()
    {
        // JSON Lines has no header.
    }

    /// <inheritdoc />
    public void Write(LetterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Compact JSON escapes control characters inside strings, so a report is always exactly one line.
        writer.Write(ReportJson.Serialize(report));
        writer.Write('\n');
    }
}
