using BenchmarkDotNet.Attributes;
using LetterParser.Core.Documents;
using LetterParser.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace LetterParser.Benchmarks;

/// <summary>
/// Extraction alone: the two-page digital PDF's bytes in, DocumentText out (text layer, no OCR), against bare
/// PdfPig (open, words of every page) as the baseline, so Extraction's own cost shows as the ratio.
/// </summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private readonly DocumentTextExtractor _source = new();
    private byte[] _pdf = null!;

    [GlobalSetup]
    public void Setup() => _pdf = SampleLetter.Pdf();

    [Benchmark(Baseline = true)]
    public int PdfPigWordsOnly()
    {
        using var document = PdfDocument.Open(_pdf);
        var words = 0;
        for (var page = 1; page <= document.NumberOfPages; page++)
            words += NearestNeighbourWordExtractor.Instance.GetWords(document.GetPage(page).Letters).Count();
        return words;
    }

    [Benchmark]
    public DocumentText ReadTwoPageDigitalPdf() =>
        _source.ReadAsync(_pdf, SampleLetter.FileName, CancellationToken.None).GetAwaiter().GetResult();
}
