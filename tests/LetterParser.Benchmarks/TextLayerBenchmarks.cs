using BenchmarkDotNet.Attributes;
using LetterParser.Core.Documents;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>Extraction alone: the two-page digital PDF's bytes in, DocumentText out (text layer, no OCR).</summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private readonly LetterDocumentSource source = new();
    private byte[] pdf = null!;

    [GlobalSetup]
    public void Setup() => pdf = SampleLetter.Pdf();

    [Benchmark]
    public DocumentText ReadTwoPageDigitalPdf() =>
        source.ReadAsync(pdf, SampleLetter.FileName, CancellationToken.None).GetAwaiter().GetResult();
}
