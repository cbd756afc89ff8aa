using System.Diagnostics;
using System.Globalization;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;

namespace LetterParser.Benchmarks;

/// <summary>
/// CPU milliseconds per letter of each stage, over the varied mix of digital letters (<see cref="VariedLetters"/>):
/// the reader process (PdfPig's text layer and the layout of words, lines and boxes, then the document encoded for
/// the pipe), the round trip as the parent pays it, each in-process stage of the pipeline timed on its own thread,
/// and what a reader costs to start. Warm figures are after a first round over the mix, with the JIT settings of
/// the process it runs in: run it as the CLI runs (see bench/README.md) to see what a batch pays.
/// Run: dotnet run -c Release --project tests/LetterParser.Benchmarks -- --stages [ROUNDS] [DIR...]
/// </summary>
internal static class StageCpuTime
{
    public static async Task RunAsync(IReadOnlyList<string> folders, int rounds)
    {
        var letters = VariedLetters.Load(folders.Count > 0 ? folders : VariedLetters.DefaultFolders());
        Console.WriteLine($"{letters.Count} different digital letters, {rounds} warm rounds each; CPU ms per letter:");
        var rows = new List<(string Name, double Ms)>();

        // The reader process, as the CLI and the service read: one warm reader, letters one at a time.
        using (var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 }))
        {
            var children = ChildrenCpu.NowMilliseconds();
            await readers.WarmUpAsync(CancellationToken.None);
            var hello = ChildrenCpu.NowMilliseconds() - children;
            children = ChildrenCpu.NowMilliseconds();
            await readers.ReadAsync(letters[0].Bytes, letters[0].Name, CancellationToken.None);
            var first = ChildrenCpu.NowMilliseconds() - children;
            foreach (var letter in letters)
                await readers.ReadAsync(letter.Bytes, letter.Name, CancellationToken.None);
            var parent = Environment.CpuUsage.TotalTime;
            children = ChildrenCpu.NowMilliseconds();
            var reported = readers.ReaderCpuTime;
            for (var r = 0; r < rounds; r++)
            {
                foreach (var letter in letters)
                    await readers.ReadAsync(letter.Bytes, letter.Name, CancellationToken.None);
            }
            var count = rounds * letters.Count;
            var childrenMs = (ChildrenCpu.NowMilliseconds() - children) / count;
            rows.Add(("reader process (PdfPig, layout, encode)", childrenMs));
            rows.Add(("reader round trip in parent (pipe, decode)", (Environment.CpuUsage.TotalTime - parent).TotalMilliseconds / count));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (a fresh reader: {hello:0} ms CPU to say hello, then {first:0} ms CPU for its first letter; paid once per reader)"));
            // The readers' own count, request to answer (protocol v5), beside /proc's, which also has the pipe's
            // ends in the reader and is counted in 10 ms ticks.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (the reader's own count per letter: {(readers.ReaderCpuTime - reported).TotalMilliseconds / count:0.000} ms CPU; /proc: {childrenMs:0.000} ms)"));
        }

        var source = new DocumentTextExtractor();
        var stages = new LetterStages(LetterCatalogue.LoadEmbedded());
        CheckAgainstPipeline(letters, stages);

        var inProcess = ProcessTimePerLetter(letters, rounds, letter => source.Read(letter.Bytes, CancellationToken.None));
        rows.Add(("(the same reading in this process)", inProcess));

        var perStage = new double[stages.Steps.Count];
        for (var r = -1; r < rounds; r++) // round -1 warms up
        {
            foreach (var letter in letters)
            {
                var state = new StageState(letter);
                for (var s = 0; s < stages.Steps.Count; s++)
                {
                    var before = ThreadCpu.NowNanoseconds();
                    stages.Steps[s].Run(state);
                    if (r >= 0)
                        perStage[s] += ThreadCpu.NowNanoseconds() - before;
                }
            }
        }
        for (var s = 0; s < stages.Steps.Count; s++)
            rows.Add((stages.Steps[s].Name, perStage[s] / 1e6 / (rounds * letters.Count)));

        foreach (var (name, ms) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {ms,8:0.000}"));
        var pipelineSum = rows.Skip(3).Sum(r => r.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"in-process stages (after the reader)",-44} {pipelineSum,8:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"per letter, warm (reader + parent)",-44} {rows[0].Ms + rows[1].Ms + pipelineSum,8:0.000}"));
    }

    /// <summary>Process CPU, not the thread's: work a library hands to the thread pool is part of the cost.</summary>
    private static double ProcessTimePerLetter(IReadOnlyList<VariedLetter> letters, int rounds, Action<VariedLetter> action)
    {
        foreach (var letter in letters)
            action(letter);
        var before = Environment.CpuUsage.TotalTime;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var letter in letters)
                action(letter);
        }
        return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds / (rounds * letters.Count);
    }

    /// <summary>The stages must be the pipeline's: the same report for every letter, or the figures time something else.</summary>
    private static void CheckAgainstPipeline(IReadOnlyList<VariedLetter> letters, LetterStages stages)
    {
        var pipeline = PipelineFactory.CreateInProcess();
        var options = new ProcessingOptions(Today: new DateOnly(2026, 6, 1));
        var differ = letters.Count(l => ReportJson.Serialize(pipeline.Report(l.Document, l.Name, options)) != stages.RunAll(l).Json);
        if (differ > 0)
            Console.WriteLine($"  WARNING: {differ} of {letters.Count} reports differ from the pipeline's: LetterStages is out of step with LetterPipeline.Read");
    }
}
