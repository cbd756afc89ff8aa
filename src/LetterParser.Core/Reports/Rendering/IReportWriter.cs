namespace LetterParser.Core.Reports.Rendering;

/// <summary>Writes a batch's reports one after another to a text stream (a CSV row or a JSON line per report).</summary>
public interface IReportWriter
{
    /// <summary>Writes whatever comes before the first report (the CSV header row); nothing for JSON Lines.</summary>
    void WriteHeader();

    /// <summary>Writes one report: a CSV row or a JSON line.</summary>
    void Write(LetterReport report);
}
