namespace LetterParser.Core.Documents;

/// <summary>
/// Turns a file's bytes into <see cref="DocumentText"/>. Implemented by Extraction (PdfPig, Tesseract);
/// throws <see cref="LetterInputException"/> for input that can never be read.
/// </summary>
public interface IDocumentTextSource
{
    Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken);
}
