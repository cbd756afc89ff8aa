using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;

namespace LetterParser.Cli;

/// <summary>How a command will read letters: how many at once, and how long one may take.</summary>
internal sealed record ReaderSettings(int Parallel, TimeSpan Timeout)
{
    /// <summary>One letter (explain): one reader, and the batch's default time limit.</summary>
    public static ReaderSettings Single { get; } = new(1, TimeSpan.FromSeconds(300));
}

/// <summary>
/// The pipeline as the commands see it: bytes and a name in, a report out, plus the size limit to check before
/// reading a file into memory. The program wraps <see cref="LetterPipeline"/>; tests wrap a hand-made fake.
/// <paramref name="Owner"/> is what the command disposes when it is done (the reader processes).
/// </summary>
internal sealed record LetterProcessor(
    Func<ReadOnlyMemory<byte>, string, ProcessingOptions, CancellationToken, Task<LetterReport>> Process,
    LetterLimits Limits,
    IDisposable? Owner = null) : IDisposable
{
    public static LetterProcessor From(LetterPipeline pipeline, IDisposable? owner = null) =>
        new((content, name, options, ct) => pipeline.ProcessAsync(content, name, options, ct), pipeline.Limits, owner);

    /// <summary>
    /// The real thing: letters read in reader processes, one per letter read at once, each killed at the time limit
    /// (so work given up on does not go on behind the batch).
    /// </summary>
    public static LetterProcessor Isolated(ReaderSettings settings)
    {
        var limits = LetterLimits.Default;
        var readers = new IsolatedDocumentSource(limits, new ReaderIsolationOptions
        {
            Readers = settings.Parallel,
            WallTime = settings.Timeout,
            CpuTime = settings.Timeout,
        });
        return From(PipelineFactory.CreateIsolated(readers, limits), readers);
    }

    public void Dispose() => Owner?.Dispose();
}
