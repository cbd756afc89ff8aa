namespace LetterParser.Cli;

/// <summary>
/// What <c>letterparser</c> returns to the shell. Also printed by <c>--help</c>, so scripts can rely on them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done: explain produced a report (a refusal letter or "not a refusal letter"); batch processed every file, even if some became error rows.</summary>
    public const int Ok = 0;

    /// <summary>explain only: the file could not be read as a letter (empty, corrupt, encrypted, too large...); the error report was printed.</summary>
    public const int FileRefused = 1;

    /// <summary>The command line was wrong (unknown command or option, missing file, bad date); nothing was processed.</summary>
    public const int Usage = 2;

    /// <summary>Something unexpected failed (a bug, or the output file could not be written).</summary>
    public const int Unexpected = 3;
}
