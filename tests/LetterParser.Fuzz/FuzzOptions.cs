namespace LetterParser.Fuzz;

/// <summary>One fuzz run: which seeds, how many mutants or how long, and where findings go.</summary>
internal sealed record FuzzOptions
{
    /// <summary>The run's seed: mutant N of seed S is the same bytes on every machine.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Stop after this long (the bound ./test.sh uses)…</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(75);

    /// <summary>…or after this many mutants, whichever comes first.</summary>
    public int MaxMutants { get; init; } = int.MaxValue;

    /// <summary>Only this mutant (to reproduce a finding from its seed and number).</summary>
    public int? Only { get; init; }

    public string SeedFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "Seeds");

    public string FindingsFolder { get; init; } = Path.Combine(Environment.CurrentDirectory, "artifacts", "fuzz-findings");

    /// <summary>Reader processes (and mutants read at once).</summary>
    public int Readers { get; init; } = 2;

    /// <summary>
    /// A mutant whose reader spends more CPU time than this on it is a finding, even when it ends as a clean error.
    /// CPU time, not wall time: on cores shared with other work, wall time measures the load as much as the file.
    /// </summary>
    public TimeSpan SlowLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The outer limit: a reader still reading after this much wall time is killed.</summary>
    public TimeSpan WallLimit { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The wall-time limit of the second, lone reading of a mutant whose finding rests on the wall clock: room for a
    /// file within the slow limit to end on cores other sessions still load, short enough that a hang still ends.
    /// </summary>
    public TimeSpan AloneWallLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The reader's CPU budget (RLIMIT_CPU), past which the kernel ends it; above the slow limit, so a slow mutant is
    /// seen as slow, with its CPU time, rather than only as stopped.
    /// </summary>
    public TimeSpan CpuLimit { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A reader whose peak resident memory passes this on a mutant is a finding.</summary>
    public long MemoryLimit { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Files given on the command line are read once each, unmutated, and classified (--replay).</summary>
    public IReadOnlyList<string> Replay { get; init; } = [];
}
