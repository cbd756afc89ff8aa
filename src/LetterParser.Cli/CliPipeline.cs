using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Cli;

/// <summary>The real pipeline behind the command.</summary>
internal static class CliPipeline
{
    // TODO(cli): replace with PipelineFactory.Create() once the Extraction text layer lands on main.
    public static LetterProcessor Create() =>
        LetterProcessor.From(new LetterPipeline(new NotYetAvailable(), new LetterExplainer(), LetterLimits.Default, TimeProvider.System));

    private sealed class NotYetAvailable : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
            throw new LetterInputException(ErrorCode.Unreadable, "This build of letterparser cannot read files yet.");
    }
}
