using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction.Tests.Ocr;

/// <summary>One recognizer (and so one engine pool) for all OCR tests: engines are costly to start.</summary>
public sealed class OcrRecognizerFixture : IDisposable
{
    internal TesseractScannedPageRecognizer Recognizer { get; } = new();

    public void Dispose() => Recognizer.Dispose();
}
