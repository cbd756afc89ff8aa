using System.Diagnostics;
using System.Text;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// Why a reader process gave no answer: it was killed, crashed, or broke the protocol; with what it had used on the
/// letter when its parent last saw it alive (null and 0 when it was already gone).
/// </summary>
internal sealed class ReaderFailedException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;

    public TimeSpan? CpuTime { get; init; }

    public long PeakResidentBytes { get; init; }
}

/// <summary>
/// One running <c>LetterParser.Reader</c>, spoken to over its stdin and stdout. Its stderr is kept (the last few
/// kilobytes, never logged: a runtime message could quote the file) only to tell a stack overflow or an
/// out-of-memory from any other crash.
/// </summary>
internal sealed class ReaderProcess : IDisposable
{
    private const int StderrTailChars = 4096;

    private readonly Process process;
    private readonly StringBuilder stderrTail = new();
    private readonly Task stderrDrain;

    private ReaderProcess(Process process)
    {
        this.process = process;
        stderrDrain = Task.Run(DrainStderrAsync);
    }

    public int Id => process.Id;

    public static async Task<ReaderProcess> StartAsync(ReaderIsolationOptions options, CancellationToken cancellationToken)
    {
        var start = ReaderLaunch.StartInfo(options);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The reader process did not start.");
        var reader = new ReaderProcess(process);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var hello = await ReaderProtocol.ReadFrameAsync(process.StandardOutput.BaseStream, timeout.Token).ConfigureAwait(false);
            if (hello is null || Encoding.UTF8.GetString(hello) != ReaderProtocol.Hello)
                throw new InvalidOperationException($"The reader process did not say '{ReaderProtocol.Hello}' (a reader from another build?).");
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// One letter: the answer, or <see cref="ReaderFailedException"/> when the reader died, ran out of time or broke the
    /// protocol (it is then dead). The reader's OCR page progress goes to <paramref name="progress"/> while it reads.
    /// </summary>
    public async Task<ReadResponse> ReadAsync(ReadRequest request, TimeSpan wallTime, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(wallTime);
        // Read only if the reader has to be stopped: its CPU time on this letter is then what it has used since now.
        var cpuBefore = ProcessLimits.CpuTimeOf(process.Id);
        var sinceRequest = Stopwatch.StartNew();
        try
        {
            await ReaderProtocol.WriteFrameAsync(process.StandardInput.BaseStream, ReaderProtocol.EncodeRequest(request), limit.Token).ConfigureAwait(false);
            if (await ReaderProtocol.ReadAnswerAsync(process.StandardOutput.BaseStream, request, sinceRequest, progress, limit.Token).ConfigureAwait(false) is { } answer)
                return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // What the reader used, seen before it is killed: the wall clock also runs while other work has the
            // cores, and the CPU time says how much of the limit this file itself took.
            var cpu = ProcessLimits.CpuTimeOf(process.Id) - cpuBefore;
            var peak = ProcessLimits.PeakResidentBytesOf(process.Id);
            Kill();
            throw new ReaderFailedException(ErrorCode.Unreadable, IsolationMessages.TookTooLong(wallTime)) { CpuTime = cpu, PeakResidentBytes = peak };
        }
        catch (OperationCanceledException)
        {
            Kill(); // the caller gave up (shutdown): the abandoned work dies with the reader
            throw;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or ObjectDisposedException)
        {
            // The pipe broke: the reader died mid-letter. Below, its exit says how.
        }
        throw await CrashAsync(cpuBefore).ConfigureAwait(false);
    }

    private async Task<ReaderFailedException> CrashAsync(TimeSpan? cpuBefore)
    {
        // Usually gone already (then null and 0: once reaped, its id may be another process's); one that broke the
        // protocol is still there to be read.
        var alive = !process.HasExited;
        var cpu = alive ? ProcessLimits.CpuTimeOf(process.Id) - cpuBefore : null;
        var peak = alive ? ProcessLimits.PeakResidentBytesOf(process.Id) : 0;
        Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        await stderrDrain.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        string tail;
        lock (stderrTail)
            tail = stderrTail.ToString();
        // 128 + SIGXCPU (24): the kernel's CPU limit. The runtime's own words for the other two.
        if (process.ExitCode == 128 + 24)
            return new ReaderFailedException(ErrorCode.Unreadable, IsolationMessages.TooMuchProcessing) { CpuTime = cpu, PeakResidentBytes = peak };
        if (tail.Contains("OutOfMemory", StringComparison.Ordinal) || tail.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
            return new ReaderFailedException(ErrorCode.TooLarge, IsolationMessages.OutOfMemory) { CpuTime = cpu, PeakResidentBytes = peak };
        return new ReaderFailedException(ErrorCode.Unreadable, IsolationMessages.Crashed) { CpuTime = cpu, PeakResidentBytes = peak };
    }

    private async Task DrainStderrAsync()
    {
        var buffer = new char[1024];
        int read;
        try
        {
            while ((read = await process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (stderrTail)
                {
                    stderrTail.Append(buffer, 0, read);
                    if (stderrTail.Length > StderrTailChars)
                        stderrTail.Remove(0, stderrTail.Length - StderrTailChars);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    public void Dispose()
    {
        try
        {
            // Closing stdin ends a healthy reader's loop; one that does not go within a second is killed.
            process.StandardInput.Close();
            if (!process.WaitForExit(1000))
                Kill();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            Kill();
        }
        process.Dispose();
    }
}
