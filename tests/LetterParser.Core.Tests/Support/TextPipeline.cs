using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Support;

/// <summary>
/// The real pipeline from <see cref="DocumentText"/> on, for tests that build a letter's text by hand: every stage
/// after extraction runs as in production, with the embedded catalogue read once for the whole test run.
/// </summary>
public static class TextPipeline
{
    public static LetterCatalogue Catalogue { get; } = LetterCatalogue.LoadEmbedded();

    public static LetterPipeline Pipeline { get; } = new(new NoFiles(), Catalogue, LetterLimits.Default, TimeProvider.System);

    public static FindingsReport Report(DocumentText document, string fileName, ProcessingOptions options) =>
        Pipeline.Report(document, fileName, options);

    /// <summary>These tests hand the pipeline text, never files.</summary>
    private sealed class NoFiles : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("TextPipeline reads no files; build the DocumentText instead.");
    }
}
