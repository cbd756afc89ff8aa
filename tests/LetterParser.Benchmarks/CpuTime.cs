using System.Diagnostics;
using System.Globalization;

namespace LetterParser.Benchmarks;

/// <summary>
/// CPU time per operation, measured on the calling thread after a warm-up. BenchmarkDotNet reports wall time,
/// which on a shared machine mostly measures the other tenants; the targets ("under 5 ms CPU per letter") are CPU.
/// Run: dotnet run -c Release --project tests/LetterParser.Benchmarks -- --cpu [iterations]
/// </summary>
internal static class CpuTime
{
    public static void Run(int iterations)
    {
        var explain = new ExplainBenchmarks();
        explain.Setup();
        var text = new TextLayerBenchmarks();
        text.Setup();
        var pipeline = new PipelineBenchmarks();
        pipeline.Setup();

        (string Name, Action Action)[] cases =
        [
            ("text layer (2-page digital PDF)", () => text.ReadTwoPageDigitalPdf()),
            ("explain (prebuilt DocumentText)", () => explain.ExplainTwoPageLetter()),
            ("whole pipeline per letter", () => pipeline.ProcessTwoPageDigitalLetter()),
        ];
        // Warm every case up first: tiered JIT recompiles hot methods on a background thread, and that CPU
        // would otherwise land in whichever case happens to run first.
        foreach (var (_, action) in cases)
        {
            for (var i = 0; i < 300; i++)
                action();
        }

        Thread.Sleep(500);
        foreach (var (name, action) in cases)
            Measure(name, iterations, action);
    }

    private static void Measure(string name, int iterations, Action action)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
            action();
        wall.Stop();
        process.Refresh();
        // Process CPU includes the GC and JIT background threads, which are part of the real cost.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} {cpu,7:0.000} ms CPU/op   {wall.Elapsed.TotalMilliseconds / iterations,7:0.000} ms wall/op   ({iterations} ops)"));
    }
}
