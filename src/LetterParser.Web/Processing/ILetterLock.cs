namespace LetterParser.Web.Processing;

/// <summary>
/// Keeps two runs of the same letter's job from overlapping. Hangfire can hand a job to a second worker when the
/// first one looks dead (its fetch timed out) while it is in fact still running; the second run then waits here
/// and, once the first is done, finds the report and stops.
/// </summary>
public interface ILetterLock
{
    /// <summary>Waits until no other run holds <paramref name="letterId"/>; disposing the result lets the next one in.</summary>
    Task<IAsyncDisposable> AcquireAsync(string letterId, CancellationToken cancellationToken);
}

/// <summary>
/// The lock for the embedded mode, where every worker lives in this one process: a fixed set of semaphores,
/// each letter id mapped to one of them. Two letters rarely share a stripe, and if they do one waits a moment.
/// </summary>
public sealed class InProcessLetterLock : ILetterLock
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 1024).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IAsyncDisposable> AcquireAsync(string letterId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(letterId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                stripe.Release();
            return ValueTask.CompletedTask;
        }
    }
}
