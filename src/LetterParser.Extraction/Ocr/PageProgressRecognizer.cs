using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using Page = UglyToad.PdfPig.Content.Page;

namespace LetterParser.Extraction.Ocr;

/// <summary>
/// A scanned-page reader that says "OCR page i of n" before it hands each page to the reader it wraps: OCR is the
/// slow part of a scan (seconds a page), the part a person waiting on a page wants to see move. Once per page, pages
/// only forward, so a caller that forwards each report (the reader process) sends at most one per page of the file.
/// </summary>
/// <param name="pages">The file's page count, asked only when the first page needs OCR (a digital letter never pays for it).</param>
internal sealed class PageProgressRecognizer(IScannedPageRecognizer inner, IProgress<ReadingProgress> pageProgress, Func<int> pages) : IScannedPageRecognizer
{
    private readonly Lazy<int> _pages = new(pages, LazyThreadSafetyMode.None);
    private int _lastReported;

    public bool IsAvailable => inner.IsAvailable;

    public PageText ReadPdfPage(Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        if (pageNumber > _lastReported && pageNumber <= _pages.Value)
        {
            _lastReported = pageNumber;
            pageProgress.Report(ReadingProgress.OcrPage(pageNumber, _pages.Value));
        }
        return inner.ReadPdfPage(page, pageNumber, limits, warnings, cancellationToken);
    }

    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken) =>
        inner.ReadImageFile(content, mediaType, limits, warnings, progress ?? pageProgress, cancellationToken);
}
