namespace LetterParser.Cli;

/// <summary>
/// Where the command writes, and whether a person is watching. Tests pass string writers and say "not a terminal";
/// the real program passes the console.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, string WorkingDirectory)
{
    public static CliConsole FromSystemConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected, Environment.CurrentDirectory);

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Ctrl+C cancels the returned source instead of killing the process, so a batch stops cleanly and says so.</summary>
    public static CancellationTokenSource CancelOnCtrlC()
    {
        var source = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // A second Ctrl+C kills the process as usual.
            e.Cancel = !source.IsCancellationRequested;
            source.Cancel();
        };
        return source;
    }
}
