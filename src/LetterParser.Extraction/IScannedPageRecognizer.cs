using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction;

/// <summary>
/// Reads pages that have no usable text layer: scanned PDF pages and image files (JPEG, PNG, TIFF).
/// The Tesseract implementation lives in Ocr/; <see cref="NoOcr"/> stands in where the engine is missing.
/// </summary>
internal interface IScannedPageRecognizer
{
    /// <summary>False when the OCR engine or its language data is not installed.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// OCR one PDF page from its images. <paramref name="pageNumber"/> is 1-based. What the person should know about
    /// the page (too poor to trust, image not decodable) is added to <paramref name="warnings"/>, so that it reaches
    /// <see cref="DocumentText.Warnings"/>; never letter text.
    /// </summary>
    PageText ReadPdfPage(UglyToad.PdfPig.Content.Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken);

    /// <summary>
    /// OCR every page of an image file (each TIFF frame is a page), adding page warnings to <paramref name="warnings"/>
    /// and telling <paramref name="progress"/> each page as OCR starts on it.
    /// </summary>
    IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken);
}
