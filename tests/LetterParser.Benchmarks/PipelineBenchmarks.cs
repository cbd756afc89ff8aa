using BenchmarkDotNet.Attributes;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>The whole pipeline per letter, as the CLI and the web job run it: bytes in, report out.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly LetterPipeline _pipeline = PipelineFactory.CreateInProcess();
    private readonly ProcessingOptions _options = new(Today: new DateOnly(2024, 4, 1));
    private byte[] _pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pdf = SampleLetter.Pdf();
        // Measure real work: a letter the pipeline did not recognise would time the short path.
        if (Process() is not FindingsReport { IsRefusalLetter: true, Findings.Count: > 0 })
            throw new InvalidOperationException("The sample letter was not read as a refusal with findings.");
    }

    [Benchmark]
    public LetterReport ProcessTwoPageDigitalLetter() => Process();

    private LetterReport Process() =>
        _pipeline.ProcessAsync(_pdf, SampleLetter.FileName, _options, CancellationToken.None).GetAwaiter().GetResult();
}
