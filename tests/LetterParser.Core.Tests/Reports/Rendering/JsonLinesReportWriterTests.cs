using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class JsonLinesReportWriterTests
{
    [Fact]
    public void EachReportIsOneLineThatReadsBack()
    {
        var text = new StringWriter();
        var writer = new JsonLinesReportWriter(text);
        writer.WriteHeader();
        writer.Write(ReportBuilder.Refusal() with { OfficerNotes = "line one\nline two" });
        writer.Write(ReportBuilder.Error());

        var lines = text.ToString().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        var refusal = Assert.IsType<FindingsReport>(ReportJson.Deserialize(lines[0]));
        Assert.Equal("line one\nline two", refusal.OfficerNotes);
        Assert.Equal(ErrorCode.CorruptFile, Assert.IsType<ErrorReport>(ReportJson.Deserialize(lines[1])).Error.Code);
    }
}
