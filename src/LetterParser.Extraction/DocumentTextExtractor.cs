using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr;
using LetterParser.Extraction.Pdf;

namespace LetterParser.Extraction;

/// <summary>
/// The one way into Extraction: sniffs the file by its magic bytes, then reads a PDF page by page (text layer,
/// or OCR for scanned pages) or an image file through OCR. Input that can never be read becomes a
/// <see cref="LetterInputException"/> with a message the person can act on. Given a progress, it says which page OCR
/// is on (numbers only).
/// </summary>
public sealed class DocumentTextExtractor : IDocumentTextSource
{
    private readonly IScannedPageRecognizer _scannedPages;
    private readonly LetterLimits _limits;

    /// <summary>A source without OCR: digital PDFs are read, scanned pages are skipped with a warning.</summary>
    public DocumentTextExtractor(LetterLimits? limits = null) : this(NoOcr.Instance, limits ?? LetterLimits.Default) { }

    /// <summary>The seam for OCR: pages without a usable text layer, and image files, go to <paramref name="scannedPages"/>.</summary>
    internal DocumentTextExtractor(IScannedPageRecognizer scannedPages, LetterLimits limits)
    {
        _scannedPages = scannedPages;
        _limits = limits;
    }

    /// <inheritdoc />
    public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
        ReadAsync(content, fileName, null, cancellationToken);

    /// <inheritdoc />
    public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        // The work is CPU-bound and synchronous; callers (CLI, Hangfire job) already run it off any request thread.
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<DocumentText>(cancellationToken);
        try
        {
            return Task.FromResult(Read(content, progress, cancellationToken));
        }
        catch (OperationCanceledException e) when (e.CancellationToken == cancellationToken)
        {
            return Task.FromCanceled<DocumentText>(cancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<DocumentText>(e);
        }
    }

    internal DocumentText Read(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) => Read(content, null, cancellationToken);

    internal DocumentText Read(ReadOnlyMemory<byte> content, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        if (content.IsEmpty)
            throw LetterErrors.EmptyFile();
        var mediaType = FileSniffer.Sniff(content.Span);
        try
        {
            // "Page i of n" counts the file's pages; the PDF was opened and checked once already, so counting them
            // again when the first scanned page comes cannot fail differently.
            return mediaType == MediaTypes.Pdf
                ? PdfDocumentExtractor.Read(content, _limits, progress is null ? _scannedPages : new PageProgressRecognizer(_scannedPages, progress, () => PdfPageCount(content)), cancellationToken)
                : ReadImage(content, mediaType, progress, cancellationToken);
        }
        catch (Exception e) when (e is not (LetterInputException or OperationCanceledException or OutOfMemoryException))
        {
            // The bytes are untrusted: a decoder that throws on them (bogus dictionary entries, damaged image data,
            // bit flips in a scan) has met a damaged file, which the person can fix, not a fault of ours.
            throw new LetterInputException(ErrorCode.CorruptFile,
                "This file is damaged or malformed and cannot be read. Download the letter again, or print it to a new PDF (or scan it), and upload that.");
        }
    }

    private int PdfPageCount(ReadOnlyMemory<byte> content)
    {
        using var document = PdfTextLayerExtractor.Open(content, _limits);
        return document.NumberOfPages;
    }

    private DocumentText ReadImage(ReadOnlyMemory<byte> content, string mediaType, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        var kind = mediaType[(mediaType.IndexOf('/') + 1)..].ToUpperInvariant();
        if (!_scannedPages.IsAvailable)
        {
            throw new LetterInputException(ErrorCode.Unreadable,
                $"This file is a {kind} image. Reading a photo or scan needs OCR, which is not installed on this server. Upload the PDF that IRCC sent (it has selectable text), or ask the operator of this service to install OCR.");
        }
        var warnings = new List<string>();
        var pages = _scannedPages.ReadImageFile(content, mediaType, _limits, warnings, progress, cancellationToken);
        if (!pages.Any(p => p.Lines.Count > 0))
        {
            throw new LetterInputException(ErrorCode.Unreadable,
                "No text could be read from this image. Take a sharp, well-lit photo of the whole page, straight on, or upload the PDF of the letter.");
        }
        return new DocumentText(mediaType, pages, warnings);
    }
}
