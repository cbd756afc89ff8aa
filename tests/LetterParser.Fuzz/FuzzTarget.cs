using System.Collections.Concurrent;
using System.Diagnostics;
using LetterParser.Core.Archives;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;

namespace LetterParser.Fuzz;

/// <summary>
/// The entry points under fuzz, as the products reach them: a zip is unpacked by <see cref="LetterArchive"/> (in this
/// process, as the CLI and the web do) and its first entries read as letters; a letter goes through the whole
/// pipeline, its bytes read by a real reader process (<see cref="IsolatedDocumentSource"/>).
/// </summary>
internal sealed class FuzzTarget : IDisposable
{
    /// <summary>A zip's entries past this many are unpacked but not read: the reading is what costs.</summary>
    private const int EntriesRead = 3;

    private readonly FuzzOptions _options;
    private readonly IsolatedDocumentSource _readers;
    private readonly RecordingSource _recording;
    private readonly LetterPipeline _pipeline;

    public FuzzTarget(FuzzOptions options)
    {
        _options = options;
        // The outer limits sit above the finding thresholds, so a mutant that reaches them is seen as what it is.
        _readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions
        {
            Readers = _options.Readers,
            WallTime = _options.WallLimit,
            CpuTime = _options.CpuLimit,
            MaxMemoryBytes = _options.MemoryLimit + 256L * 1024 * 1024,
        });
        _recording = new RecordingSource(_readers);
        _pipeline = new LetterPipeline(_recording, Core.Catalogue.LetterCatalogue.LoadEmbedded(), LetterLimits.Default, TimeProvider.System);
    }

    /// <summary>
    /// The target a mutant whose finding rests on the wall clock is read again by: one reader, one mutant at a time,
    /// and the longer <see cref="FuzzOptions.AloneWallLimit"/>; the CPU budget and every other limit as in the run.
    /// </summary>
    public static FuzzTarget Alone(FuzzOptions options) => new(options with { Readers = 1, WallLimit = options.AloneWallLimit });

    public Task WarmUpAsync(CancellationToken cancellationToken) => _readers.WarmUpAsync(cancellationToken);

    public async Task<Verdict> RunAsync(byte[] content, string name, CancellationToken cancellationToken) =>
        Seed.Classify(content) == EntryPoint.Zip
            ? await RunZipAsync(content, name, cancellationToken)
            : await ReadLetterAsync(content, name, cancellationToken);

    private async Task<Verdict> RunZipAsync(byte[] zip, string name, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        List<ArchiveEntry> entries;
        try
        {
            entries = [.. LetterArchive.Read(new MemoryStream(zip, writable: false), name)];
        }
        catch (Exception e)
        {
            return new Verdict("zip-exception", e.GetType().Name, clock.Elapsed, null, 0);
        }
        // Unpacked here, not in a reader: its time is this process's wall time, to be checked alone.
        if (clock.Elapsed > _options.SlowLimit)
            return new Verdict("slow", $"unzip of {entries.Count} entries", clock.Elapsed, null, 0) { RestsOnWallTime = true };
        var inflated = entries.Sum(e => (long)e.Content.Length);
        if (inflated > ArchiveLimits.Default.MaxTotalBytes)
            return new Verdict("memory", $"unzipped {inflated} bytes", clock.Elapsed, null, 0);

        var outcome = $"zip: {entries.Count} entries, {entries.Count(e => e.IsRefused)} refused";
        var read = 0;
        var cpu = TimeSpan.Zero;
        var peak = 0L;
        foreach (var entry in entries.Where(e => !e.IsRefused).Take(EntriesRead))
        {
            var verdict = await ReadLetterAsync(entry.Content, $"{name}#{read++}", cancellationToken);
            if (verdict.IsFinding)
                return verdict with { Outcome = $"{outcome}; entry '{entry.FileName}': {verdict.Outcome}" };
            cpu += verdict.Cpu ?? TimeSpan.Zero;
            peak = Math.Max(peak, verdict.PeakResidentBytes);
        }
        return new Verdict(null, outcome, clock.Elapsed, cpu, peak);
    }

    private async Task<Verdict> ReadLetterAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        LetterReport report;
        try
        {
            report = await _pipeline.ProcessAsync(content, name, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var read = _recording.Take(name);
            return new Verdict("internal", $"{e.GetType().Name} out of the pipeline", clock.Elapsed, read?.Response.CpuTime, read?.Response.PeakResidentBytes ?? 0);
        }
        var elapsed = clock.Elapsed;
        var reading = _recording.Take(name);
        var outcome = report is ErrorReport error ? $"{error.Error.Code}: {error.Error.Message}" : report.GetType().Name;
        var verdict = new Verdict(null, outcome, elapsed, reading?.Response.CpuTime, reading?.Response.PeakResidentBytes ?? 0);
        return Classify(verdict, report as ErrorReport, elapsed - (reading?.Elapsed ?? TimeSpan.Zero));
    }

    /// <param name="inThisProcess">the wall time of the pipeline outside the reader.</param>
    private Verdict Classify(Verdict verdict, ErrorReport? error, TimeSpan inThisProcess)
    {
        switch (error?.Error)
        {
            case { Code: ErrorCode.Internal }: return verdict with { Finding = "internal" };
            case { Message: IsolationMessages.Crashed }: return verdict with { Finding = "crash" };
            case { Message: IsolationMessages.OutOfMemory }: return verdict with { Finding = "memory" };
            case { Message: IsolationMessages.TooMuchProcessing }: return verdict with { Finding = "cpu" };
            case { Message: var m } when m.StartsWith("Reading this file took longer than", StringComparison.Ordinal):
                // Stopped by the wall clock: slow if it had spent the slow limit in CPU by then, else perhaps only
                // starved by other work on the cores.
                return verdict.Cpu > _options.SlowLimit ? verdict with { Finding = "slow" } : verdict with { Finding = "timeout", RestsOnWallTime = true };
        }
        if (verdict.Cpu > _options.SlowLimit)
            return verdict with { Finding = "slow" };
        if (verdict.PeakResidentBytes > _options.MemoryLimit)
            return verdict with { Finding = "memory" };
        // The rest of the pipeline runs in this process, whose CPU time the other mutant's reading shares: its wall time.
        if (inThisProcess > _options.SlowLimit)
            return verdict with { Finding = "slow", RestsOnWallTime = true };
        return verdict;
    }

    public void Dispose() => _readers.Dispose();

    /// <summary>
    /// Passes reads to the readers and keeps each answer (with its peak memory and CPU time) and how long it took,
    /// by file name, for the verdict.
    /// </summary>
    private sealed class RecordingSource(IsolatedDocumentSource readers) : IDocumentTextSource
    {
        private readonly ConcurrentDictionary<string, (ReadResponse Response, TimeSpan Elapsed)> _answers = new();

        public async Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var response = await readers.ReadInReaderAsync(content, fileName, cancellationToken);
            _answers[fileName] = (response, clock.Elapsed);
            return response.Document ?? throw new LetterInputException(response.Code!.Value, response.Message!);
        }

        public (ReadResponse Response, TimeSpan Elapsed)? Take(string fileName) => _answers.TryRemove(fileName, out var answer) ? answer : null;
    }
}
