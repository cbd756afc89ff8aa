using LetterParser.Core.Documents;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests.Pdf;

public class PdfDocumentExtractorTests
{
    private static readonly byte[] Scan = Fixtures.Read("scanned-page.png");

    private static LetterPdf TypedPageThenScannedPage() =>
        new LetterPdf()
            .Text(LetterPdf.Prose, 72, 100, size: 9)
            .NewPage()
            .Png(Scan, 0, 0, 612, 792);

    [Fact]
    public void APageThatIsOnlyAnImageGoesToTheScannedPageReader()
    {
        var ocr = new RecordingScannedPageRecognizer();

        var document = TypedPageThenScannedPage().Read(ocr);

        Assert.Equal([2], ocr.PdfPagesRead);
        Assert.Equal([ReadingMethod.TextLayer, ReadingMethod.Ocr], document.Pages.Select(p => p.Method));
        Assert.Equal(RecordingScannedPageRecognizer.OcrText, document.Pages[1].Lines.Single().Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void AScannedPageWithoutOcrIsSkippedWithAWarningThatQuotesNoLetterText()
    {
        var document = TypedPageThenScannedPage().Read();

        Assert.Equal([1], document.Pages.Select(p => p.Number));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("Page 2 is a scanned image and OCR is not installed on this server, so it was not read.", warning);
    }

    [Fact]
    public void AScanWithAFewStrayWordsStillGoesToOcr()
    {
        var ocr = new RecordingScannedPageRecognizer();

        new LetterPdf().Png(Scan, 0, 0, 612, 792).Text("Page 1 of 1", 500, 780, size: 8).Read(ocr);

        Assert.Equal([1], ocr.PdfPagesRead);
    }

    [Fact]
    public void ATypedPageWithASmallLogoIsReadFromItsTextLayer()
    {
        var ocr = new RecordingScannedPageRecognizer();

        var document = new LetterPdf().Png(Scan, 72, 20, 40, 50).Text(LetterPdf.Prose, 72, 100, size: 9).Read(ocr);

        Assert.Empty(ocr.PdfPagesRead);
        Assert.Equal(ReadingMethod.TextLayer, document.Pages.Single().Method);
    }

    /// <summary>A page whose font maps every code into the private-use area (a broken subset font's ToUnicode map), then a good page.</summary>
    private static byte[] UndecodablePage()
    {
        const string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def " +
            "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E020> endbfrange endcmap " +
            "CMapName currentdict /CMap defineresource pop end end";
        return RawPdf.OnePage(
            "BT /F1 11 Tf 72 700 Td (" + LetterPdf.Prose + ") Tj ET",
            [RawPdf.SymbolTrueType("BrokenSans", 7) + " /ToUnicode 6 0 R"],
            [$"<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream", RawPdf.SymbolDescriptor("BrokenSans")]);
    }

    [Fact]
    public void APageWhoseGlyphsMapToNoCharactersGoesToOcr()
    {
        var ocr = new RecordingScannedPageRecognizer();

        new DocumentTextExtractor(ocr, Core.Pipeline.LetterLimits.Default).Read(UndecodablePage(), CancellationToken.None);

        Assert.Equal([1], ocr.PdfPagesRead);
    }

    [Fact]
    public void APageWhoseGlyphsMapToNoCharactersIsNotPassedOffAsTextWithoutOcr()
    {
        var error = Assert.Throws<LetterInputException>(() => new DocumentTextExtractor().Read(UndecodablePage(), CancellationToken.None));

        Assert.Equal(ErrorCode.Unreadable, error.Code);
        Assert.Contains("cannot be decoded", error.Message);
    }

    [Fact]
    public void AScannedPdfWithoutOcrIsUnreadable()
    {
        var error = Assert.Throws<LetterInputException>(() => new LetterPdf().Png(Scan, 0, 0, 612, 792).Read());

        Assert.Equal(ErrorCode.Unreadable, error.Code);
        Assert.Contains("OCR is not installed", error.Message);
    }

    [Fact]
    public void ABlankPdfIsUnreadable()
    {
        var error = Assert.Throws<LetterInputException>(() => new LetterPdf().Read());

        Assert.Equal(ErrorCode.Unreadable, error.Code);
    }

    [Fact]
    public void ASearchableScanIsReadFromItsHiddenTextWhenOcrIsMissingAndSaysBoxesWereNotSeen()
    {
        var document = new LetterPdf().Png(Scan, 0, 0, 612, 792).Invisible().Text(LetterPdf.Prose, 72, 100, size: 9).Read();

        Assert.Equal(LetterPdf.Prose, document.Pages.Single().Lines.Single().Text);
        Assert.Contains("ticked boxes on it cannot be seen", Assert.Single(document.Warnings));
    }

    [Fact]
    public void ASearchableScanGoesToOcrWhenOcrIsInstalledSoItsBoxesAreSeen()
    {
        var ocr = new RecordingScannedPageRecognizer();

        new LetterPdf().Png(Scan, 0, 0, 612, 792).Invisible().Text(LetterPdf.Prose, 72, 100, size: 9).Read(ocr);

        Assert.Equal([1], ocr.PdfPagesRead);
    }

    /// <summary>
    /// Chromium prints a CSS gradient (a letterhead band, a shaded header) as a shading pattern: a fill with no
    /// single colour. Such a page is read as text like any other, not reported as damaged.
    /// </summary>
    [Fact]
    public void APagePaintedWithAPatternIsReadNotCalledDamaged()
    {
        const string shading = "<< /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 612 0] " +
            "/Function << /FunctionType 2 /Domain [0 1] /C0 [0.2 0.3 0.6] /C1 [1 1 1] /N 1 >> >> >>";
        var pdf = RawPdf.OnePage(
            "/Pattern cs /P1 scn 0 740 612 52 re f 72 690 6 6 re f BT /F1 11 Tf 80 690 Td (" + LetterPdf.Prose + ") Tj ET",
            [RawPdf.Helvetica], [shading], resources: "/Pattern << /P1 6 0 R >>");

        var document = new DocumentTextExtractor().Read(pdf, CancellationToken.None);

        Assert.Empty(document.Warnings);
        Assert.Contains("not satisfied", document.Pages.Single().Lines.Single().Text, StringComparison.Ordinal);
    }
}
