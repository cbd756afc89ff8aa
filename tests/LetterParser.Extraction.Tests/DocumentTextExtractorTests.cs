using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests;

public class DocumentTextExtractorTests
{
    private static LetterInputException ReadFails(byte[] content, LetterLimits? limits = null, IScannedPageRecognizer? ocr = null) =>
        Assert.Throws<LetterInputException>(() =>
            new DocumentTextExtractor(ocr ?? NoOcr.Instance, limits ?? LetterLimits.Default).Read(content, CancellationToken.None));

    [Fact]
    public async Task ADigitalLetterIsReadAsAPdf()
    {
        var pdf = new LetterPdf().Text("Dear Applicant:", 72, 100).Build();

        var document = await new DocumentTextExtractor().ReadAsync(pdf, "letter.pdf", CancellationToken.None);

        Assert.Equal("application/pdf", document.MediaType);
        Assert.Equal("Dear Applicant:", document.Pages.Single().Lines.Single().Text);
    }

    [Fact]
    public void AnEmptyFileIsReportedAsEmpty()
    {
        Assert.Equal(ErrorCode.EmptyFile, ReadFails([]).Code);
    }

    [Fact]
    public async Task AnUnsupportedFileFailsTheTaskWithATypedError()
    {
        var read = new DocumentTextExtractor().ReadAsync(Encoding.UTF8.GetBytes("Dear applicant"), "letter.txt", CancellationToken.None);

        var error = await Assert.ThrowsAsync<LetterInputException>(() => read);
        Assert.Equal(ErrorCode.UnsupportedType, error.Code);
    }

    [Fact]
    public void GarbageAfterAPdfHeaderIsACorruptFile()
    {
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 2000).Select(i => (byte)(i * 7919 % 251))).ToArray();

        var error = ReadFails(garbage);

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void ATruncatedPdfIsACorruptFile()
    {
        var pdf = new LetterPdf().Text(LetterPdf.Prose, 72, 100, size: 9).Build();

        Assert.Equal(ErrorCode.CorruptFile, ReadFails(pdf[..(pdf.Length / 3)]).Code);
    }

    [Fact]
    public void APdfWithNoPagesIsACorruptFile()
    {
        const string empty = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
            "trailer\n<< /Size 3 /Root 1 0 R >>\n%%EOF\n";

        Assert.Equal(ErrorCode.CorruptFile, ReadFails(Encoding.ASCII.GetBytes(empty)).Code);
    }

    [Fact]
    public void APasswordProtectedPdfAsksForThePasswordToBeRemoved()
    {
        var error = ReadFails(Fixtures.Read("password-protected.pdf"));

        Assert.Equal(ErrorCode.EncryptedPdf, error.Code);
        Assert.Equal("This PDF is password-protected: remove the password and upload it again.", error.Message);
    }

    [Fact]
    public void APdfWithMorePagesThanTheLimitIsRefusedBeforeAnyPageIsRead()
    {
        var pdf = new LetterPdf().Text("one", 72, 100).NewPage().Text("two", 72, 100).NewPage().Text("three", 72, 100).Build();
        var ocr = new RecordingScannedPageRecognizer();

        var error = ReadFails(pdf, new LetterLimits { MaxPages = 2 }, ocr);

        Assert.Equal(ErrorCode.TooManyPages, error.Code);
        Assert.Contains("3 pages", error.Message);
        Assert.Empty(ocr.PdfPagesRead);
    }

    [Fact]
    public void AnImageWithoutOcrIsUnreadableAndSaysWhy()
    {
        var error = ReadFails(Fixtures.Read("scanned-page.png"));

        Assert.Equal(ErrorCode.Unreadable, error.Code);
        Assert.Contains("PNG image", error.Message);
        Assert.Contains("OCR, which is not installed", error.Message);
    }

    [Fact]
    public void AnImageGoesToTheScannedPageReader()
    {
        var ocr = new RecordingScannedPageRecognizer();

        var document = new DocumentTextExtractor(ocr, LetterLimits.Default).Read(Fixtures.Read("scanned-page.png"), CancellationToken.None);

        Assert.Equal(["image/png"], ocr.ImageFilesRead);
        Assert.Equal("image/png", document.MediaType);
        Assert.Equal(ReadingMethod.Ocr, document.Pages.Single().Method);
    }

    [Fact]
    public void OnlyTheScannedPageOfAMixedPdfIsReportedAndItCountsTheWholeFile()
    {
        var ocr = new RecordingScannedPageRecognizer();
        var recorder = new ProgressRecorder();

        new DocumentTextExtractor(ocr, LetterLimits.Default).Read(Ocr.OcrFixtures.PdfWithTypedThenScannedPage(), recorder, CancellationToken.None);

        Assert.Equal([2], ocr.PdfPagesRead);
        Assert.Equal([ReadingProgress.OcrPage(2, 2)], recorder.Reports);
    }

    [Fact]
    public void WithoutOcrAScannedPageIsNotReportedAsRead()
    {
        var recorder = new ProgressRecorder();

        new DocumentTextExtractor(NoOcr.Instance, LetterLimits.Default).Read(Ocr.OcrFixtures.PdfWithTypedThenScannedPage(), recorder, CancellationToken.None);

        Assert.Empty(recorder.Reports);
    }
}
