using System.Diagnostics;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;

namespace LetterParser.Benchmarks;

/// <summary>
/// What reading in a reader process costs per letter against reading in this process, on the digital samples:
/// wall time per letter on one thread (warm, after a first round), and the start of a reader (process start,
/// hello, first letter compiled), which a fresh reader pays after a crash.
/// </summary>
internal static class IsolationCost
{
    public static async Task RunAsync(string folder, int rounds)
    {
        var letters = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var inProcess = PipelineFactory.CreateInProcess();
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        var isolated = PipelineFactory.CreateIsolated(readers);

        var start = Stopwatch.StartNew();
        await readers.WarmUpAsync(CancellationToken.None);
        var started = start.Elapsed;
        start.Restart();
        await isolated.ProcessAsync(letters[0].Bytes, letters[0].Name, null, CancellationToken.None);
        var firstLetter = start.Elapsed;

        var inProcessMs = await TimeAsync(inProcess, letters, rounds);
        var isolatedMs = await TimeAsync(isolated, letters, rounds);
        Console.WriteLine($"{letters.Count} digital letters x {rounds} rounds, one at a time, warm:");
        Console.WriteLine($"  in process:       {inProcessMs:0.00} ms per letter");
        Console.WriteLine($"  reader process:   {isolatedMs:0.00} ms per letter (+{isolatedMs - inProcessMs:0.00} ms, x{isolatedMs / inProcessMs:0.00})");
        Console.WriteLine($"  a reader's start: {started.TotalMilliseconds:0} ms to hello, then {firstLetter.TotalMilliseconds:0} ms for its first letter");
    }

    private static async Task<double> TimeAsync(LetterPipeline pipeline, List<(string Name, byte[] Bytes)> letters, int rounds)
    {
        foreach (var (name, bytes) in letters)
            await pipeline.ProcessAsync(bytes, name, null, CancellationToken.None); // warm-up round
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (name, bytes) in letters)
                await pipeline.ProcessAsync(bytes, name, null, CancellationToken.None);
        }
        return clock.Elapsed.TotalMilliseconds / (rounds * letters.Count);
    }
}
