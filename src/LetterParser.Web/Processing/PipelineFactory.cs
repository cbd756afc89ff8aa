using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Web.Processing;

// STAND-IN until LetterParser.Extraction.PipelineFactory lands on main: delete this file and import
// LetterParser.Extraction in ProcessingExtensions. It only refuses what is obviously not a letter file.
internal static class PipelineFactory
{
    public static LetterPipeline Create(LetterLimits? limits = null, TimeProvider? clock = null) =>
        new(new PendingTextSource(), new LetterExplainer(), limits ?? LetterLimits.Default, clock ?? TimeProvider.System);

    private sealed class PendingTextSource : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
        {
            var head = content.Span[..Math.Min(8, content.Length)];
            var known = head.StartsWith("%PDF"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
                || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);
            if (!known)
                throw new LetterInputException(ErrorCode.UnsupportedType, "This is not a PDF, JPEG, PNG or TIFF file. Upload the refusal letter as a PDF or a photo.");
            throw new NotImplementedException("Extraction has not landed yet.");
        }
    }
}
