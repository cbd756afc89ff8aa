using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction.Tests.Support;

/// <summary>A hand-made stand-in for OCR: records which pages it was asked for and returns one fixed line each.</summary>
internal sealed class RecordingScannedPageRecognizer(bool isAvailable = true) : IScannedPageRecognizer
{
    public const string OcrText = "text read by ocr";

    public List<int> PdfPagesRead { get; } = [];

    public List<string> ImageFilesRead { get; } = [];

    public bool IsAvailable => isAvailable;

    public PageText ReadPdfPage(UglyToad.PdfPig.Content.Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        PdfPagesRead.Add(pageNumber);
        return Page(pageNumber);
    }

    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        ImageFilesRead.Add(mediaType);
        return [Page(1)];
    }

    private static PageText Page(int number) =>
        new(number, 612, 792, [new TextLine([new Word(OcrText, new Box(72, 72, 200, 84), 0.9)])], [], ReadingMethod.Ocr, 0.9);
}
