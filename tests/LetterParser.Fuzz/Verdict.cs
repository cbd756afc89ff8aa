namespace LetterParser.Fuzz;

/// <summary>
/// What one mutant did. An error report (damaged, too large, unsupported...) or a report is what a hostile file
/// should get; a crashed reader, an exception or <c>internal</c> error, a reader stopped by its outer limits (wall
/// time, CPU, memory) instead of the parser's own checks, more than 10 s or more than 1 GB are findings.
/// </summary>
internal sealed record Verdict(string? Finding, string Outcome, TimeSpan Elapsed, long PeakResidentBytes)
{
    public bool IsFinding => Finding is not null;

    public override string ToString() =>
        $"{Finding ?? "ok"}: {Outcome} ({Elapsed.TotalSeconds:0.00} s, peak {PeakResidentBytes / (1024 * 1024)} MB)";
}
