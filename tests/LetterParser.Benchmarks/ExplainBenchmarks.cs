using BenchmarkDotNet.Attributes;
using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Benchmarks;

/// <summary>Reading, matching and explaining alone: a prebuilt DocumentText in, a report out.</summary>
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private readonly LetterExplainer explainer = new();
    private readonly ProcessingOptions options = new(Today: new DateOnly(2024, 4, 1));
    private DocumentText document = null!;

    [GlobalSetup]
    public void Setup()
    {
        document = SampleLetter.Text();
        // Measure real work: a letter the explainer did not recognise would time the short path.
        if (explainer.Explain(document, SampleLetter.FileName, options) is not { IsRefusalLetter: true, Findings.Count: > 0 })
            throw new InvalidOperationException("The prebuilt sample letter was not read as a refusal with findings.");
    }

    [Benchmark]
    public RefusalReport ExplainTwoPageLetter() => explainer.Explain(document, SampleLetter.FileName, options);
}
