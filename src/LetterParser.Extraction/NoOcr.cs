using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction;

/// <summary>
/// Stands in for OCR where no engine is installed: digital PDFs are still read from their text layer, and
/// scanned pages are reported as skipped instead of failing the whole letter.
/// </summary>
internal sealed class NoOcr : IScannedPageRecognizer
{
    public static NoOcr Instance { get; } = new();

    public bool IsAvailable => false;

    public PageText ReadPdfPage(UglyToad.PdfPig.Content.Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("OCR is not installed; check IsAvailable before asking for a scanned page.");

    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("OCR is not installed; check IsAvailable before asking for an image file.");
}
