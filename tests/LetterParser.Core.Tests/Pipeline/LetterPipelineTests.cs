using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Pipeline;

public class LetterPipelineTests
{
    /// <summary>Hands over a letter laid out in code, as extraction would.</summary>
    private sealed class TextSource(DocumentText document) : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) => Task.FromResult(document);
    }

    private sealed class Recorder : IProgress<ReadingStage>
    {
        public List<ReadingStage> Stages { get; } = [];

        public void Report(ReadingStage value) => Stages.Add(value);
    }

    private static LetterPipeline Pipeline(string text) =>
        new(new TextSource(LetterTextBuilder.FromText(text)), TextPipeline.Catalogue, LetterLimits.Default, TimeProvider.System);

    private static readonly ProcessingOptions Options = new(Today: new DateOnly(2024, 4, 1));

    [Fact]
    public async Task ReportsReadingThenMatchingToAPersonWatching()
    {
        var recorder = new Recorder();

        await Pipeline(Letters.CheckboxAbroad).ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options with { Progress = recorder }, CancellationToken.None);

        Assert.Equal([ReadingStage.ReadingText, ReadingStage.Matching], recorder.Stages);
    }

    [Fact]
    public async Task AFrenchLetterGetsAFrenchReportUnlessEnglishIsAskedFor()
    {
        var pipeline = Pipeline(Letters.FrenchSentences);

        var french = Assert.IsType<RefusalReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "lettre.pdf", Options, CancellationToken.None));
        var english = Assert.IsType<RefusalReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "lettre.pdf", Options with { Language = ReportLanguage.En }, CancellationToken.None));

        Assert.Equal(ReportLanguage.Fr, french.ReportLanguage);
        Assert.Equal(ReportLanguage.En, english.ReportLanguage);
        Assert.Equal(english.Findings.Select(f => f.Quote), french.Findings.Select(f => f.Quote));
        Assert.NotEqual(english.Findings.Select(f => f.Explanation), french.Findings.Select(f => f.Explanation));
    }

    [Fact]
    public async Task ADateReceivedBeforeTheLetterDateIsNotUsedAndFlagsTheReport()
    {
        var pipeline = Pipeline(Letters.CheckboxAbroad);

        var report = Assert.IsType<RefusalReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options with { NotifiedOn = new DateOnly(2014, 8, 1) }, CancellationToken.None));
        var plain = Assert.IsType<RefusalReport>(await pipeline.ProcessAsync("%PDF"u8.ToArray(), "letter.pdf", Options, CancellationToken.None));

        Assert.Contains(report.Review.Reasons, r => r.Code == NotifiedDate.BeforeLetterDateCode);
        Assert.Equal(plain.NextSteps.SelectMany(s => s.Deadlines).Select(d => d.Date), report.NextSteps.SelectMany(s => s.Deadlines).Select(d => d.Date));
    }
}
