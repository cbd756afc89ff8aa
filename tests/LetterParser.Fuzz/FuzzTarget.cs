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
            WallTime = _options.SlowLimit + TimeSpan.FromSeconds(5),
            CpuTime = _options.SlowLimit + TimeSpan.FromSeconds(5),
            MaxMemoryBytes = _options.MemoryLimit + 256L * 1024 * 1024,
        });
        _recording = new RecordingSource(_readers);
        _pipeline = new LetterPipeline(_recording, Core.Catalogue.LetterCatalogue.LoadEmbedded(), LetterLimits.Default, TimeProvider.System);
    }

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
            return new Verdict("zip-exception", e.GetType().Name, clock.Elapsed, 0);
        }
        if (clock.Elapsed > _options.SlowLimit)
            return new Verdict("slow", $"unzip of {entries.Count} entries", clock.Elapsed, 0);
        var inflated = entries.Sum(e => (long)e.Content.Length);
        if (inflated > ArchiveLimits.Default.MaxTotalBytes)
            return new Verdict("memory", $"unzipped {inflated} bytes", clock.Elapsed, 0);

        var outcome = $"zip: {entries.Count} entries, {entries.Count(e => e.IsRefused)} refused";
        var read = 0;
        foreach (var entry in entries.Where(e => !e.IsRefused).Take(EntriesRead))
        {
            var verdict = await ReadLetterAsync(entry.Content, $"{name}#{read++}", cancellationToken);
            if (verdict.IsFinding)
                return verdict with { Outcome = $"{outcome}; entry '{entry.FileName}': {verdict.Outcome}" };
        }
        return new Verdict(null, outcome, clock.Elapsed, 0);
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
            return new Verdict("internal", $"{e.GetType().Name} out of the pipeline", clock.Elapsed, _recording.Take(name)?.PeakResidentBytes ?? 0);
        }
        var elapsed = clock.Elapsed;
        var response = _recording.Take(name);
        var peak = response?.PeakResidentBytes ?? 0;
        var outcome = report is ErrorReport error ? $"{error.Error.Code}: {error.Error.Message}" : report.GetType().Name;
        var finding = (report as ErrorReport)?.Error switch
        {
            { Code: ErrorCode.Internal } => "internal",
            { Message: IsolationMessages.Crashed } => "crash",
            { Message: IsolationMessages.OutOfMemory } => "memory",
            { Message: IsolationMessages.TooMuchProcessing } => "cpu",
            { Message: var m } when m.StartsWith("Reading this file took longer than", StringComparison.Ordinal) => "timeout",
            _ => null,
        };
        finding ??= elapsed > _options.SlowLimit ? "slow" : peak > _options.MemoryLimit ? "memory" : null;
        return new Verdict(finding, outcome, elapsed, peak);
    }

    public void Dispose() => _readers.Dispose();

    /// <summary>Passes reads to the readers and keeps each answer (with its peak memory) for the verdict, by file name.</summary>
    private sealed class RecordingSource(IsolatedDocumentSource readers) : IDocumentTextSource
    {
        private readonly ConcurrentDictionary<string, ReadResponse> _answers = new();

        public async Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
        {
            var response = await readers.ReadInReaderAsync(content, fileName, cancellationToken);
            _answers[fileName] = response;
            return response.Document ?? throw new LetterInputException(response.Code!.Value, response.Message!);
        }

        public ReadResponse? Take(string fileName) => _answers.TryRemove(fileName, out var response) ? response : null;
    }
}
