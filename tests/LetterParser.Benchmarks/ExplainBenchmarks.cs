using BenchmarkDotNet.Attributes;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Benchmarks;

/// <summary>Every stage after extraction (reading, matching, explaining, review): a prebuilt DocumentText in, a report out.</summary>
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private readonly LetterPipeline _pipeline = new(new NoFiles(), LetterCatalogue.LoadEmbedded(), LetterLimits.Default, TimeProvider.System);
    private readonly ProcessingOptions _options = new(Today: new DateOnly(2024, 4, 1));
    private DocumentText _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = SampleLetter.Text();
        // Measure real work: a letter the explainer did not recognise would time the short path.
        if (_pipeline.Report(_document, SampleLetter.FileName, _options) is not { IsRefusalLetter: true, Findings.Count: > 0 })
            throw new InvalidOperationException("The prebuilt sample letter was not read as a refusal with findings.");
    }

    [Benchmark]
    public FindingsReport ExplainTwoPageLetter() => _pipeline.Report(_document, SampleLetter.FileName, _options);

    /// <summary>The benchmark hands the pipeline text, never files.</summary>
    private sealed class NoFiles : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Only prebuilt text is explained here.");
    }
}
