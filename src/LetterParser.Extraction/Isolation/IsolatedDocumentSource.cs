using System.Collections.Concurrent;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// Reads letters in reader processes (<c>LetterParser.Reader</c>), never in this one: untrusted bytes are parsed
/// and rasterised under hard limits (memory, CPU, wall time), so a file that crashes, exhausts or hangs its reader
/// costs that letter only. A small pool of readers is kept warm and reused; a reader that failed, or that still holds
/// more than <see cref="ReaderIsolationOptions.RecycleAboveBytes"/> after a letter, is thrown away and a fresh one
/// started for the next letter. The seam is <see cref="IDocumentTextSource"/>, so the pipeline above
/// it does not know.
/// </summary>
public sealed class IsolatedDocumentSource : IDocumentTextSource, IDisposable
{
    private readonly LetterLimits limits;
    private readonly ReaderIsolationOptions options;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentBag<ReaderProcess> idle = [];
    private volatile bool disposed;

    public IsolatedDocumentSource(LetterLimits limits, ReaderIsolationOptions? options = null)
    {
        this.limits = limits;
        this.options = options ?? ReaderIsolationOptions.Default;
        slots = new SemaphoreSlim(this.options.ReaderCount);
    }

    /// <inheritdoc />
    public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
        ReadAsync(content, fileName, null, cancellationToken);

    /// <inheritdoc />
    public async Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        var response = await ReadInReaderAsync(content, fileName, cancellationToken, progress).ConfigureAwait(false);
        return response.Document ?? throw new LetterInputException(response.Code!.Value, response.Message!);
    }

    /// <summary>
    /// The reader's whole answer, with its peak memory and CPU time; a reader that died answers with the error it
    /// died of.
    /// </summary>
    internal async Task<ReadResponse> ReadInReaderAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken, IProgress<ReadingProgress>? progress = null)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reader = idle.TryTake(out var warm) ? warm : await ReaderProcess.StartAsync(options, cancellationToken).ConfigureAwait(false);
            try
            {
                var response = await reader.ReadAsync(new ReadRequest(fileName, limits, options.CpuTime, content), options.WallTime, progress, cancellationToken).ConfigureAwait(false);
                if (response.ResidentAfterBytes > options.RecycleAboveBytes)
                    reader.Dispose();
                else
                    Return(reader);
                return Counted(response);
            }
            catch (ReaderFailedException e)
            {
                reader.Dispose();
                return Counted(new ReadResponse(null, e.Code, e.Message, e.PeakResidentBytes, CpuTime: e.CpuTime));
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>
    /// The CPU time the readers spent on the letters read so far, as each reported it (or as its parent saw it before
    /// stopping it). It is in no process's own CPU time here, and only in RUSAGE_CHILDREN once a reader has exited, so
    /// a batch's CPU per letter is this process's CPU time plus this.
    /// </summary>
    public TimeSpan ReaderCpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _readerCpuTicks));

    private long _readerCpuTicks;

    private ReadResponse Counted(ReadResponse response)
    {
        if (response.CpuTime is { } cpu)
            Interlocked.Add(ref _readerCpuTicks, cpu.Ticks);
        return response;
    }

    /// <summary>Starts the readers now rather than at the first letter (a service at start-up, a batch before its first file).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var started = await Task.WhenAll(Enumerable.Range(0, Math.Max(0, options.ReaderCount - idle.Count))
            .Select(_ => ReaderProcess.StartAsync(options, cancellationToken))).ConfigureAwait(false);
        foreach (var reader in started)
            Return(reader);
    }

    private void Return(ReaderProcess reader)
    {
        idle.Add(reader);
        if (disposed && idle.TryTake(out var late))
            late.Dispose();
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var reader))
            reader.Dispose();
    }
}
