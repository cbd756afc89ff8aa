using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction.Tests.Ocr;

/// <summary>The composition with the real OCR reader: scanned pages reach OCR, and OCR's warnings reach the document.</summary>
public sealed class DocumentTextExtractorWithOcrTests(OcrRecognizerFixture fixture) : IClassFixture<OcrRecognizerFixture>
{
    private readonly DocumentTextExtractor _source = new(fixture.Recognizer, LetterLimits.Default);

    [Fact]
    public void ScannedPdfPageIsReadThroughOcr()
    {
        var document = _source.Read(OcrFixtures.PdfWithJpegPage(), CancellationToken.None);

        var page = Assert.Single(document.Pages);
        Assert.Equal(ReadingMethod.Ocr, page.Method);
        Assert.Contains(page.Lines, l => l.Text.Contains("your application is refused because", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheInProcessSourceSaysWhichPageOfATwoPageScanOcrIsOn()
    {
        var recorder = new Support.ProgressRecorder();

        var document = await PipelineFactory.CreateInProcessSource().ReadAsync(OcrFixtures.PdfWithJpegPages(2), "scan.pdf", recorder, CancellationToken.None);

        Assert.Equal(2, document.Pages.Count(p => p.Method == ReadingMethod.Ocr));
        Assert.Equal([ReadingProgress.OcrPage(1, 2), ReadingProgress.OcrPage(2, 2)], recorder.Reports);
    }

    [Fact]
    public void EachPageOfAMultiPageTiffIsReportedAsOcrStartsOnIt()
    {
        var recorder = new Support.ProgressRecorder();

        var document = _source.Read(OcrFixtures.Bytes("letters-en-fr-g4.tif"), recorder, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, document.Pages.Count).Select(p => ReadingProgress.OcrPage(p, document.Pages.Count)), recorder.Reports);
        Assert.True(document.Pages.Count > 1, "the fixture has more than one frame");
    }

    [Fact]
    public void BlurredPhotoIsReadAndItsLowConfidenceBecomesADocumentWarning()
    {
        var document = _source.Read(OcrFixtures.Bytes("letter-en-blurred.jpg"), CancellationToken.None);

        Assert.Equal(ReadingMethod.Ocr, Assert.Single(document.Pages).Method);
        Assert.Contains(document.Warnings, w => w.StartsWith("Page 1 was hard to read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PipelineFactoryReadsScansWhenTesseractIsInstalled()
    {
        var pipeline = PipelineFactory.CreateInProcess();

        var report = await pipeline.ProcessAsync(OcrFixtures.Bytes("letter-en-300dpi.png"), "scan.png", new ProcessingOptions(), CancellationToken.None);

        var refusal = Assert.IsType<Core.Reports.FindingsReport>(report);
        var page = Assert.Single(refusal.Source.Pages);
        Assert.Equal(Core.Reports.PageMethod.Ocr, page.Method);
        Assert.Equal("W307654321", refusal.Letter.ApplicationNumber);
    }
}
