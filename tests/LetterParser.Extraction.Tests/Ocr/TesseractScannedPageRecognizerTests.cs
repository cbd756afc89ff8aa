using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr;
using UglyToad.PdfPig;

namespace LetterParser.Extraction.Tests.Ocr;

public sealed class TesseractScannedPageRecognizerTests(OcrRecognizerFixture fixture) : IClassFixture<OcrRecognizerFixture>
{
    private readonly TesseractScannedPageRecognizer _reader = fixture.Recognizer;

    private static string TextOf(PageText page) => string.Join('\n', page.Lines.Select(l => l.Text));

    private PageText ReadImage(string fixtureName, List<string>? warnings = null)
    {
        var pages = _reader.ReadImageFile(OcrFixtures.Bytes(fixtureName), "image/png", LetterLimits.Default, warnings ?? [], null, CancellationToken.None);
        return Assert.Single(pages);
    }

    private PageText ReadPdf(byte[] pdf, LetterLimits? limits = null)
    {
        using var document = PdfDocument.Open(pdf);
        return _reader.ReadPdfPage(document.GetPage(1), 1, limits ?? LetterLimits.Default, CancellationToken.None);
    }

    private static void AssertReadsTheEnglishLetter(PageText page)
    {
        var text = TextOf(page);
        Assert.Contains("Immigration, Refugees and Citizenship Canada", text);
        Assert.Contains("your application is refused because", text);
        Assert.Contains("W307654321", text);
    }

    [Fact]
    public void EngineAndLanguageDataAreInstalled()
    {
        Assert.True(_reader.IsAvailable, "libtesseract5, tesseract-ocr-eng/fra/osd and liblept5 must be installed (see test.sh)");
    }

    [Fact]
    public void WordsAreReadFromA300DpiPngWithBoxesInImagePixels()
    {
        var page = ReadImage("letter-en-300dpi.png");

        AssertReadsTheEnglishLetter(page);
        Assert.Equal(ReadingMethod.Ocr, page.Method);
        Assert.Equal(0, page.Rotation);
        Assert.InRange(page.OcrConfidence!.Value, 0.85, 1.0);
        Assert.InRange(page.Width, OcrFixtures.Width - 5, OcrFixtures.Width + 5);
        Assert.InRange(page.Height, OcrFixtures.Height - 5, OcrFixtures.Height + 5);
        // The first word is printed at x = 48 pt and near the top, that is x = 200 px at 300 DPI.
        var first = page.Lines[0].Words[0];
        Assert.Equal("Immigration,", first.Text);
        Assert.InRange(first.Box.Left, 185, 215);
        Assert.InRange(first.Box.Top, 100, 200);
        Assert.InRange(first.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("letter-en-rotated180.png", 180)]
    [InlineData("letter-en-rotated90.png", 270)]
    public void TurnedPageComesBackUprightAndSaysHowFarItWasTurned(string fixtureName, int expectedRotation)
    {
        var page = ReadImage(fixtureName);

        AssertReadsTheEnglishLetter(page);
        Assert.Equal(expectedRotation, page.Rotation);
        Assert.InRange(page.Width, OcrFixtures.Width - 5, OcrFixtures.Width + 5);
    }

    [Fact]
    public void SkewedScanIsStraightenedSoEachLineLiesLevel()
    {
        var page = ReadImage("letter-en-skewed3.png");

        AssertReadsTheEnglishLetter(page);
        // Uncorrected, a 3° skew puts the ends of a 1500 px line 80 px apart vertically.
        var longest = page.Lines.MaxBy(l => l.Box.Width)!;
        var tops = longest.Words.Select(w => w.Box.Top).ToList();
        Assert.InRange(tops.Max() - tops.Min(), 0, 25);
    }

    [Fact]
    public void BlurredScanIsReadWithAWarningThatItsTextMayBeWrong()
    {
        var warnings = new List<string>();

        var page = ReadImage("letter-en-blurred.jpg", warnings);

        Assert.InRange(page.OcrConfidence!.Value, 0, 0.6);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("Page 1 was hard to read", warning);
    }

    [Fact]
    public void SharpScanGetsNoWarning()
    {
        var warnings = new List<string>();

        ReadImage("letter-en-300dpi.png", warnings);

        Assert.Empty(warnings);
    }

    [Fact]
    public void TickedBoxesAreReportedAndUntickedBoxesAreNot()
    {
        var page = ReadImage("letter-en-300dpi.png");

        var boxes = page.Checkboxes.OrderBy(c => c.Box.Top).ToList();
        Assert.Equal([true, false, true, false], boxes.Select(b => b.IsChecked));
        // Each box sits at the start of its reason line, left of the text at x = 48 pt (200 px).
        Assert.All(boxes, b => Assert.InRange(b.Box.Left, 180, 230));
        Assert.All(boxes, b => Assert.InRange(b.Box.Width, 20, 60));
    }

    [Fact]
    public void OcrJunkReadFromCheckboxOutlinesIsDropped()
    {
        var page = ReadImage("letter-en-300dpi.png");

        var reasonLines = page.Lines.Where(l => page.Checkboxes.Any(c => c.Box.VerticalOverlap(l.Box) > 0.5)).ToList();
        Assert.Equal(4, reasonLines.Count);
        Assert.All(reasonLines, l => Assert.Contains(l.Words[0].Text, new[] { "You", "Your", "The" }));
    }

    [Fact]
    public void JpegScanInsideAPdfIsRead()
    {
        var page = ReadPdf(OcrFixtures.PdfWithJpegPage());

        AssertReadsTheEnglishLetter(page);
        Assert.Equal(ReadingMethod.Ocr, page.Method);
        Assert.Equal(2, page.Checkboxes.Count(c => c.IsChecked));
    }

    [Fact]
    public void PdfPageDrawnAsTwoImageStripsIsReadAsOnePage()
    {
        var page = ReadPdf(OcrFixtures.PdfWithTwoStrips());

        AssertReadsTheEnglishLetter(page);
        Assert.Contains("Sincerely, Visa Officer", TextOf(page));
    }

    [Fact]
    public void CcittG4ScanInsideAPdfIsRead()
    {
        var page = ReadPdf(OcrFixtures.PdfWithCcittG4Page());

        AssertReadsTheEnglishLetter(page);
        Assert.Equal([true, false, true, false], page.Checkboxes.OrderBy(c => c.Box.Top).Select(c => c.IsChecked));
    }

    [Fact]
    public void FlateCompressedBilevelScanInsideAPdfIsRead()
    {
        var page = ReadPdf(OcrFixtures.PdfWithFlateBilevelPage());

        AssertReadsTheEnglishLetter(page);
        Assert.Equal([true, false, true, false], page.Checkboxes.OrderBy(c => c.Box.Top).Select(c => c.IsChecked));
    }

    [Fact]
    public void PdfPageRotateTurnsASidewaysScanUpright()
    {
        var page = ReadPdf(OcrFixtures.Bytes("letter-en-rotate90-page.pdf"));

        AssertReadsTheEnglishLetter(page);
        Assert.Equal(90, page.Rotation);
    }

    [Fact]
    public void G4TiffIsRead()
    {
        var page = ReadImage("letter-en-g4.tif");

        AssertReadsTheEnglishLetter(page);
        Assert.Equal(2, page.Checkboxes.Count(c => c.IsChecked));
    }

    [Fact]
    public void EveryPageOfAMultiPageTiffIsRead()
    {
        var pages = _reader.ReadImageFile(OcrFixtures.Bytes("letters-en-fr-g4.tif"), "image/tiff", LetterLimits.Default, CancellationToken.None);

        Assert.Equal([1, 2], pages.Select(p => p.Number));
        AssertReadsTheEnglishLetter(pages[0]);
        Assert.Contains("Veuillez agréer", TextOf(pages[1]));
    }

    [Fact]
    public void FrenchPageIsReadWithFrenchAccents()
    {
        var text = TextOf(ReadImage("letter-fr-300dpi.png"));

        Assert.Contains("démontré", text);
        Assert.Contains("séjour", text);
        Assert.Contains("financière", text);
    }

    [Fact]
    public void ACropOfA300DpiScanKeepsItsResolutionInsteadOfBeingTakenForAWholePageAt30Dpi()
    {
        var dpi = _reader.DeclaredDpi(600, 250, 300);

        Assert.Equal(300, dpi);
        Assert.Equal(200, _reader.WorkingScale(600, 250, dpi).WorkingDpi);
    }

    [Fact]
    public void ACameraImageSaying72DpiIsStillTakenForAWholePage()
    {
        Assert.Equal(0, _reader.DeclaredDpi(4000, 3000, 72));
    }

    [Fact]
    public void ASmallImageOfUnknownResolutionIsEnlargedAtMostFourTimes()
    {
        var (scale, _) = _reader.WorkingScale(600, 250, 0);

        Assert.Equal(4, scale);
    }

    [Fact]
    public void DecompressionBombIsRefusedBeforeDecoding()
    {
        var error = Assert.Throws<LetterInputException>(() =>
            _reader.ReadImageFile(OcrFixtures.PngBomb(), "image/png", LetterLimits.Default, CancellationToken.None));

        Assert.Equal(ErrorCode.ImageTooLarge, error.Code);
    }

    [Fact]
    public void PdfImageLargerThanTheLimitIsRefusedBeforeDecoding()
    {
        var limits = LetterLimits.Default with { MaxImagePixels = 1_000_000 };

        var error = Assert.Throws<LetterInputException>(() => ReadPdf(OcrFixtures.PdfWithJpegPage(), limits));

        Assert.Equal(ErrorCode.ImageTooLarge, error.Code);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void PdfJpegIsMeasuredByItsOwnFrameHeaderNotByItsDictionary(int dictionarySize)
    {
        var error = Assert.Throws<LetterInputException>(() => ReadPdf(OcrFixtures.PdfWithJpegLargerThanItsDictionarySays(dictionarySize)));

        Assert.Equal(ErrorCode.ImageTooLarge, error.Code);
        Assert.Contains("60000 × 60000", error.Message);
    }

    [Fact]
    public void AScanDrawnAsTwoThousandTilesOfOneImageIsDecodedOnceAndEndsWithinTenSeconds()
    {
        // Decoded once per tile, this page took about a minute (2,000 decodes of a 2550 × 1650 JPEG).
        var pdf = OcrFixtures.PdfWithOneJpegDrawnAsTiles(40, 50);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var page = ReadPdf(pdf);

        Assert.Equal(ReadingMethod.Ocr, page.Method);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void TiffWithMorePagesThanTheLimitIsRefused()
    {
        var limits = LetterLimits.Default with { MaxPages = 1 };

        var error = Assert.Throws<LetterInputException>(() =>
            _reader.ReadImageFile(OcrFixtures.Bytes("letters-en-fr-g4.tif"), "image/tiff", limits, CancellationToken.None));

        Assert.Equal(ErrorCode.TooManyPages, error.Code);
    }

    [Fact]
    public void FileThatIsNotAnImageIsRefusedAsUnsupported()
    {
        var error = Assert.Throws<LetterInputException>(() =>
            _reader.ReadImageFile("GIF89a not a scan"u8.ToArray(), "image/gif", LetterLimits.Default, CancellationToken.None));

        Assert.Equal(ErrorCode.UnsupportedType, error.Code);
    }

    [Fact]
    public void CancelledReadStopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _reader.ReadImageFile(OcrFixtures.Bytes("letter-en-300dpi.png"), "image/png", LetterLimits.Default, cancelled.Token));
    }

    [Fact]
    public void ReaderWithoutLanguageDataIsUnavailableInsteadOfCrashing()
    {
        using var reader = new TesseractScannedPageRecognizer(new TesseractOcrOptions { DataPath = "/nonexistent/tessdata" });

        Assert.False(reader.IsAvailable);
    }
}
