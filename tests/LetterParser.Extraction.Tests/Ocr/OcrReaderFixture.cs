using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction.Tests.Ocr;

/// <summary>One reader (and so one engine pool) for all OCR tests: engines are costly to start.</summary>
public sealed class OcrReaderFixture : IDisposable
{
    internal TesseractScannedPageReader Reader { get; } = new();

    public void Dispose() => Reader.Dispose();
}
