using LetterParser.Core.Pipeline;

namespace LetterParser.Core.Documents;

/// <summary>
/// Turns a file's bytes into <see cref="DocumentText"/>. Implemented by Extraction (PdfPig, Tesseract);
/// throws <see cref="LetterInputException"/> for input that can never be read.
/// </summary>
public interface IDocumentTextSource
{
    Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync(ReadOnlyMemory{byte}, string, CancellationToken)"/>, telling <paramref name="progress"/>
    /// which scanned page OCR has reached. A source that cannot tell (a text-only one, a test's) just reads.
    /// </summary>
    Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken) =>
        ReadAsync(content, fileName, cancellationToken);
}
