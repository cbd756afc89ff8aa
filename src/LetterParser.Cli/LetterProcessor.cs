using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Cli;

/// <summary>
/// The pipeline as the commands see it: bytes and a name in, a report out, plus the size limit to check before
/// reading a file into memory. The program wraps <see cref="LetterPipeline"/>; tests wrap a hand-made fake.
/// </summary>
internal sealed record LetterProcessor(
    Func<ReadOnlyMemory<byte>, string, ProcessingOptions, CancellationToken, Task<LetterReport>> Process,
    LetterLimits Limits)
{
    public static LetterProcessor From(LetterPipeline pipeline) =>
        new((content, name, options, ct) => pipeline.ProcessAsync(content, name, options, ct), pipeline.Limits);
}
