using System.Threading.Channels;
using LetterParser.Core.Pipeline;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Processing;

/// <summary>
/// Hands a letter's reading progress from the pipeline to the store, where the web process that answers the person
/// waiting can read it, whichever process runs the job. The pipeline reports synchronously from the reading thread and
/// must not wait on a database, so <see cref="Report"/> only passes the value on and one loop writes it; when the
/// store is slower than the reports, only the newest waits (a channel of one that drops the older). A report equal
/// to the last one is dropped, so a letter costs a handful of small writes: reading, one per OCR page, matching.
/// </summary>
public sealed class LetterProgressRecorder : IProgress<ReadingProgress>, IAsyncDisposable
{
    private readonly Channel<ReadingProgress> _pending = Channel.CreateBounded<ReadingProgress>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true });
    private readonly Lock _lock = new();
    private readonly Task _writing;
    private ReadingProgress? _last;

    public LetterProgressRecorder(ILetterStore store, string letterId, ILogger logger, CancellationToken cancellationToken) =>
        _writing = Task.Run(() => WriteAsync(store, letterId, logger, cancellationToken), CancellationToken.None);

    public void Report(ReadingProgress value)
    {
        lock (_lock)
        {
            if (value == _last)
                return;
            _last = value;
            _pending.Writer.TryWrite(value);
        }
    }

    /// <summary>Stops taking reports and waits for the last write, so that no progress lands after the report.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_lock)
            _pending.Writer.TryComplete();
        await _writing;
    }

    private async Task WriteAsync(ILetterStore store, string letterId, ILogger logger, CancellationToken cancellationToken)
    {
        await foreach (var progress in _pending.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await store.SaveProgressAsync(letterId, progress, cancellationToken);
            }
            catch (Exception e)
            {
                // Progress is a courtesy to the person waiting: a lost write must never cost the letter its report.
                logger.LogWarning("Progress of letter {LetterRef} not recorded: {ExceptionType}", LetterId.LogRef(letterId), e.GetType().Name);
            }
        }
    }
}
