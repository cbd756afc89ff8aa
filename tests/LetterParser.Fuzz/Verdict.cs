using System.Globalization;

namespace LetterParser.Fuzz;

/// <summary>
/// What one mutant did. An error report (damaged, too large, unsupported...) or a report is what a hostile file
/// should get; a crashed reader, an exception or <c>internal</c> error, a reader stopped by its outer limits (wall
/// time, CPU, memory) instead of the parser's own checks, more than 10 s of CPU or more than 1 GB are findings.
/// <see cref="Cpu"/> is the reader's CPU time on the mutant (null when the reader was gone before it could be seen),
/// <see cref="Elapsed"/> the wall time of the whole mutant, which other work on the cores stretches.
/// </summary>
internal sealed record Verdict(string? Finding, string Outcome, TimeSpan Elapsed, TimeSpan? Cpu, long PeakResidentBytes)
{
    public bool IsFinding => Finding is not null;

    /// <summary>
    /// The finding rests on the wall clock alone (a reader stopped by the wall-time limit before it had spent the
    /// slow limit in CPU, or a slow step in this process): on shared cores that may be the load, not the file, so
    /// the mutant is read again alone before it counts.
    /// </summary>
    public bool RestsOnWallTime { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Finding ?? "ok"}: {Outcome} ({(Cpu is { } cpu ? cpu.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "?")} s CPU, {Elapsed.TotalSeconds:0.00} s wall, peak {PeakResidentBytes / (1024 * 1024)} MB)");
}
