using System.Diagnostics;
using LetterParser.Extraction.Tests.Support;
using LetterParser.Fuzz;

namespace LetterParser.Extraction.Tests.Isolation;

/// <summary>
/// The fuzz run's verdicts, on mutants read by real reader processes: a file is slow by the CPU time its reader
/// spent, and a reader the wall clock stopped before it had spent that is read again alone before it counts.
/// </summary>
[Collection(nameof(IsolatedDocumentSourceTests))]
public class FuzzTargetTests
{
    private static readonly byte[] Letter = new LetterPdf().Text("Immigration, Refugees and Citizenship Canada", 72, 72).Text(LetterPdf.Prose, 72, 120, size: 9).Build();

    [Fact]
    public async Task ALetterWithinTheLimitsIsNoFindingAndCarriesItsReadersCpuTime()
    {
        using var target = new FuzzTarget(new FuzzOptions { Readers = 1 });

        var verdict = await target.RunAsync(Letter, "letter.pdf", CancellationToken.None);

        Assert.Null(verdict.Finding);
        Assert.True(verdict.Cpu > TimeSpan.Zero, verdict.ToString());
    }

    [Fact]
    public async Task AFileWhoseReaderSpendsMoreCpuTimeThanTheSlowLimitIsSlowAndIsNotReadAgain()
    {
        // Far more wall time than the file takes even on loaded cores: the reader answers, with its CPU time.
        var options = new FuzzOptions { Readers = 1, SlowLimit = TimeSpan.FromSeconds(0.2), WallLimit = TimeSpan.FromSeconds(120), CpuLimit = TimeSpan.FromSeconds(120) };
        using var target = new FuzzTarget(options);
        await target.RunAsync(Letter, "warm.pdf", CancellationToken.None); // the first letter's compiling is not the file's

        var verdict = await target.RunAsync(IsolatedDocumentSourceTests.DenseGlyphs(), "dense.pdf", CancellationToken.None);

        Assert.Equal("slow", verdict.Finding);
        Assert.False(verdict.RestsOnWallTime, verdict.ToString());
        Assert.True(verdict.Cpu > options.SlowLimit, verdict.ToString());
        Assert.DoesNotContain("took longer than", verdict.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReaderTheWallClockStopsAfterItHadSpentTheSlowLimitInCpuTimeIsSlowAndIsNotReadAgain()
    {
        var options = new FuzzOptions { Readers = 1, SlowLimit = TimeSpan.FromSeconds(0.05), WallLimit = TimeSpan.FromSeconds(1.5) };
        using var target = new FuzzTarget(options);
        await target.RunAsync(Letter, "warm.pdf", CancellationToken.None);

        var verdict = await target.RunAsync(IsolatedDocumentSourceTests.DenseGlyphs(), "dense.pdf", CancellationToken.None);

        Assert.Contains("took longer than", verdict.Outcome, StringComparison.Ordinal);
        Assert.Equal("slow", verdict.Finding);
        Assert.False(verdict.RestsOnWallTime, verdict.ToString());
    }

    [Fact]
    public async Task AReaderStarvedPastTheWallTimeLimitRestsOnTheWallClockAndReadAloneItIsNoFinding()
    {
        var options = new FuzzOptions { Readers = 1, WallLimit = TimeSpan.FromSeconds(2) };
        using var target = new FuzzTarget(options);
        await target.RunAsync(Letter, "warm.pdf", CancellationToken.None);
        var reader = Assert.Single(ChildProcesses.Readers());

        // Stopped, the reader gets no CPU at all, as if other work had every core: only the wall clock runs.
        Signal("STOP", reader);
        var first = await target.RunAsync(Letter, "letter.pdf", CancellationToken.None);
        using var alone = FuzzTarget.Alone(options);
        var again = await alone.RunAsync(Letter, "letter.pdf", CancellationToken.None);

        Assert.Equal(("timeout", true), (first.Finding, first.RestsOnWallTime));
        Assert.True(first.Cpu < TimeSpan.FromSeconds(0.5), first.ToString());
        Assert.True(first.Elapsed >= options.WallLimit, first.ToString());
        Assert.Null(again.Finding);
        Assert.True(again.Cpu > TimeSpan.Zero, again.ToString());
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
