using System.Text;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;

namespace LetterParser.Cli;

/// <summary>
/// <c>letterparser batch DIR|ZIP</c>: every file, read in parallel, written in input order (or triage order) once all
/// are read, with each refusal letter joined to the GCMS printout of its application. Workers pull files one at a
/// time, so only the files being read are in memory; their reports wait in <see cref="JoinedBatchOutput"/>.
/// </summary>
internal static class BatchCommand
{
    private static readonly HashSet<string> ValueOptions = ["format", "out", "parallel", "timeout", "order", "notified", "today"];

    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<ReaderSettings, LetterProcessor> createProcessor, CancellationToken cancellationToken)
    {
        var arguments = Arguments.Parse(args, ValueOptions);
        if (arguments.Help)
        {
            await console.Out.WriteAsync(HelpText.Batch);
            return ExitCodes.Ok;
        }

        var input = arguments.SinglePositional("folder or .zip to read (letterparser batch DIR|ZIP)");
        var format = arguments.Choice("format", "jsonl", "jsonl", "csv");
        // A spreadsheet is read top-down by a person, so CSV comes in triage order unless asked otherwise.
        var order = arguments.Choice("order", format == "csv" ? "triage" : "input", "input", "triage");
        var parallel = arguments.Int("parallel", Environment.ProcessorCount, 1, 256);
        var timeout = TimeSpan.FromSeconds(arguments.Int("timeout", 300, 1, 86_400));
        var options = new ProcessingOptions(arguments.Date("notified"), arguments.Date("today"));
        var outPath = arguments.Get("out") is { } o ? console.FullPath(o) : null;

        using var processor = createProcessor(new ReaderSettings(parallel, timeout));
        using var source = BatchSource.Open(console.FullPath(input), input, outPath, processor.Limits);

        // CSV gets a byte-order mark: spreadsheet programs need it to read French accents as UTF-8.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv");
        await using var file = outPath is null ? null : new StreamWriter(outPath, append: false, encoding) { NewLine = "\n" };
        var output = file ?? console.Out;
        // Each row reaches the output whole and flushed, so a batch that is killed midway leaves complete rows only.
        var rows = new WholeRowWriter(output);
        IReportWriter writer = format == "csv" ? new CsvReportWriter(rows) : new JsonLinesReportWriter(rows);

        writer.WriteHeader();
        rows.Commit();
        var progress = new BatchProgress(console.Error, console.ErrorIsTerminal, source.Count);
        var sink = new JoinedBatchOutput(writer, rows, progress, order == "triage", options.Today);

        var numbered = source.Items.Select((item, index) => (item, index));
        await Parallel.ForEachAsync(numbered, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (x, ct) => sink.Complete(x.index, await ProcessAsync(x.item, processor, options, timeout, console.Error, ct)));

        sink.Finish();
        await output.FlushAsync(cancellationToken);
        progress.Finish();
        if (source.Skipped > 0)
            await console.Error.WriteLineAsync($"Skipped {source.Skipped} {(source.Skipped == 1 ? "file" : "files")} that are not letters (.txt, .tsv, .csv, .md, .json).");
        return ExitCodes.Ok;
    }

    private static async Task<LetterReport> ProcessAsync(BatchItem item, LetterProcessor processor, ProcessingOptions options, TimeSpan timeout, TextWriter error, CancellationToken cancellationToken)
    {
        if (item.Refusal is not null)
            return item.Refusal;
        // A file may not hold its slot for ever, and the limit covers reading it from disk as well as processing it:
        // a file that blocks on open or read (a pipe put in after the folder was listed, a stalled network share) is
        // left behind like a file stuck inside one step, and the batch goes on.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var work = Task.Run(async () =>
        {
            var content = item.Content;
            if (item.Path is not null)
            {
                var (read, refusal) = await ReadFileAsync(item, processor, limit.Token);
                if (refusal is not null)
                    return refusal;
                content = read;
            }
            return await processor.Process(content, item.Name, options, limit.Token);
        }, CancellationToken.None);
        try
        {
            return await work.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return LetterFiles.TookTooLong(item.Name, timeout);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type only: its message could quote the letter. One bad file never stops the batch.
            lock (error)
                error.WriteLine($"letterparser: internal error on '{item.Name}' ({e.GetType().Name}); recorded as an error row.");
            return LetterFiles.Internal(item.Name);
        }
    }

    private static async Task<(ReadOnlyMemory<byte> Content, ErrorReport? Refusal)> ReadFileAsync(BatchItem item, LetterProcessor processor, CancellationToken cancellationToken)
    {
        try
        {
            return await LetterFiles.ReadAsync(item.Path!, item.Name, processor.Limits, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Listed a moment ago, gone or locked now: that file's problem, not the batch's.
            return (ReadOnlyMemory<byte>.Empty, LetterFiles.Unopenable(item.Name));
        }
    }

    /// <summary>
    /// The output stage. A refusal letter and the GCMS printout of its application are joined into one report
    /// (<see cref="LetterNotesPairing"/>), and either may be the last file read, so no row can be written until every
    /// file is: the reports (small) wait here and are written at the end, in input or <see cref="TriageOrder"/>, for
    /// JSON Lines and CSV alike. Every file keeps its row, error rows included; progress is still drawn as files finish.
    /// Each row is written whole and flushed (<see cref="WholeRowWriter"/>). Reader processes take a hostile file's
    /// crash, so waiting costs no rows; a batch stopped by the user before the end writes none.
    /// </summary>
    private sealed class JoinedBatchOutput(IReportWriter writer, WholeRowWriter rows, BatchProgress progress, bool triage, DateOnly? today)
    {
        private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();

        private readonly List<(int Index, LetterReport Report)> _all = [];

        public void Complete(int index, LetterReport report)
        {
            lock (_all)
            {
                progress.Add(report);
                _all.Add((index, report));
            }
        }

        public void Finish()
        {
            var joined = LetterNotesPairing.Join(_all.OrderBy(x => x.Index).Select(x => x.Report).ToList(), Catalogue).Select(j => j.Report);
            // Input order first, so ties in the triage keep it.
            foreach (var report in triage ? TriageOrder.Sort(joined, today) : joined)
            {
                writer.Write(report);
                rows.Commit();
            }
        }
    }

    /// <summary>
    /// Holds what a report writer writes for one row and hands it to the output in one write, then flushes: the
    /// output never holds part of a row, whatever its buffer size, and every finished row is on disk at once.
    /// </summary>
    private sealed class WholeRowWriter(TextWriter output) : TextWriter
    {
        private readonly StringBuilder _row = new();

        public override Encoding Encoding => output.Encoding;

        public override void Write(char value) => _row.Append(value);

        public override void Write(string? value) => _row.Append(value);

        public override void Write(char[] buffer, int index, int count) => _row.Append(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => _row.Append(buffer);

        public void Commit()
        {
            output.Write(_row.ToString());
            output.Flush();
            _row.Clear();
        }
    }
}
