using BenchmarkDotNet.Attributes;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>The whole pipeline per letter, as the CLI and the web job run it: bytes in, report out.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly LetterPipeline pipeline = PipelineFactory.CreateInProcess();
    private readonly ProcessingOptions options = new(Today: new DateOnly(2024, 4, 1));
    private byte[] pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        pdf = SampleLetter.Pdf();
        // Measure real work: a letter the pipeline did not recognise would time the short path.
        if (Process() is not RefusalReport { IsRefusalLetter: true, Findings.Count: > 0 })
            throw new InvalidOperationException("The sample letter was not read as a refusal with findings.");
    }

    [Benchmark]
    public LetterReport ProcessTwoPageDigitalLetter() => Process();

    private LetterReport Process() =>
        pipeline.ProcessAsync(pdf, SampleLetter.FileName, options, CancellationToken.None).GetAwaiter().GetResult();
}
