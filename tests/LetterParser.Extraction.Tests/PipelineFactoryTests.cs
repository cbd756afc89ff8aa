using System.Text;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests;

public class PipelineFactoryTests
{
    [Fact]
    public async Task AFileThatIsNotALetterComesBackAsAnErrorReport()
    {
        var pipeline = PipelineFactory.CreateInProcess();

        var report = await pipeline.ProcessAsync(Encoding.UTF8.GetBytes("<html>refusal</html>"), "letter.html", null, CancellationToken.None);

        var error = Assert.IsType<ErrorReport>(report);
        Assert.Equal(ErrorCode.UnsupportedType, error.Error.Code);
        Assert.Equal("letter.html", error.FileName);
    }

    [Fact]
    public async Task ThePipelineUsesTheLimitsItWasGiven()
    {
        var pipeline = PipelineFactory.CreateInProcess(new LetterLimits { MaxPages = 1 });
        var pdf = new LetterPdf().Text("one", 72, 100).NewPage().Text("two", 72, 100).Build();

        var report = await pipeline.ProcessAsync(pdf, "letter.pdf", null, CancellationToken.None);

        Assert.Equal(1, pipeline.Limits.MaxPages);
        Assert.Equal(ErrorCode.TooManyPages, Assert.IsType<ErrorReport>(report).Error.Code);
    }
}
