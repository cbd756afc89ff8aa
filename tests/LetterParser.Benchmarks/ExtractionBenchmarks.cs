using BenchmarkDotNet.Attributes;
using LetterParser.Core.Documents;
using LetterParser.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace LetterParser.Benchmarks;

/// <summary>
/// The text layer of a real two-page digital letter: bare PdfPig (open, words per page) as the baseline, and
/// Extraction's full read (lines, checkbox marks, page verdicts) on top of it.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly LetterDocumentSource source = new();
    private byte[] pdf = null!;

    [GlobalSetup]
    public void Setup() => pdf = SampleLetter.Pdf();

    [Benchmark(Baseline = true)]
    public int PdfPigWordsOnly()
    {
        using var document = PdfDocument.Open(pdf);
        var words = 0;
        for (var page = 1; page <= document.NumberOfPages; page++)
            words += NearestNeighbourWordExtractor.Instance.GetWords(document.GetPage(page).Letters).Count();
        return words;
    }

    [Benchmark]
    public DocumentText ReadTwoPageLetter() => source.ReadAsync(pdf, SampleLetter.FileName, CancellationToken.None).GetAwaiter().GetResult();
}
