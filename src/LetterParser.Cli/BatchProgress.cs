using System.Diagnostics;
using System.Globalization;
using LetterParser.Core.Reports;

namespace LetterParser.Cli;

/// <summary>
/// Counts a batch as it goes and tells the person watching: a redrawn bar when stderr is a terminal, a plain line
/// every 30 seconds when it is a log, and a summary at the end. Not thread-safe: the batch calls it under its
/// output lock.
/// </summary>
internal sealed class BatchProgress(TextWriter error, bool isTerminal, int? total)
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(30);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    // CPU time, unlike wall time, stays meaningful on a machine shared with other work.
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _lastDrawn;

    public int Files { get; private set; }
    public int Refusals { get; private set; }
    public int NotRefusals { get; private set; }
    public int Errors { get; private set; }
    public int Urgent { get; private set; }

    public void Add(LetterReport report)
    {
        Files++;
        switch (report)
        {
            case ErrorReport: Errors++; break;
            case FindingsReport { IsRefusalLetter: false }: NotRefusals++; break;
            case FindingsReport refusal:
                Refusals++;
                if (refusal.NextSteps.Any(s => s.Urgent))
                    Urgent++;
                break;
        }

        var now = _clock.Elapsed;
        if (now - _lastDrawn < (isTerminal ? TerminalInterval : LogInterval))
            return;
        _lastDrawn = now;
        if (isTerminal)
        {
            error.Write("\r" + Bar(now));
        }
        else
        {
            error.WriteLine($"letterparser: {Counted()} files read, {Seconds(now)} s");
        }
    }

    public void Finish()
    {
        var elapsed = _clock.Elapsed;
        if (isTerminal)
            error.Write("\r" + Bar(elapsed) + "\n");
        var rate = elapsed.TotalSeconds > 0 ? Files / elapsed.TotalSeconds : 0;
        var cpuPerFile = Files > 0 ? (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalMilliseconds / Files : 0;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Files} files: {Refusals} refusal letters ({Urgent} urgent), {NotRefusals} not refusal letters, {Errors} errors; {Seconds(elapsed)} s, {rate:0.0} letters/s, {cpuPerFile:0.0} ms CPU per file"));
    }

    private string Bar(TimeSpan elapsed)
    {
        if (total is not { } count || count == 0)
            return $"{Files} files  {Seconds(elapsed)} s";
        const int width = 30;
        var filled = (int)((long)Files * width / count);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {Counted()}  {Seconds(elapsed)} s";
    }

    private string Counted() => total is { } count ? $"{Files}/{count}" : Files.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
