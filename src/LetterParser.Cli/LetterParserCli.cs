namespace LetterParser.Cli;

/// <summary>
/// The <c>letterparser</c> command: picks the subcommand and turns failures into exit codes (<see cref="ExitCodes"/>).
/// Tests call <see cref="RunAsync"/> in-process with their own writers.
/// </summary>
internal static class LetterParserCli
{
    /// <param name="createProcessor">builds the pipeline; called only by a command that reads letters, so --help costs nothing.</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<ReaderSettings, LetterProcessor> createProcessor, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0)
        {
            await console.Error.WriteAsync(HelpText.Main);
            return ExitCodes.Usage;
        }

        try
        {
            switch (args[0])
            {
                case "-h" or "--help" or "-?" or "help":
                    await console.Out.WriteAsync(args.Length > 1 && args[0] == "help" ? CommandHelp(args[1]) : HelpText.Main);
                    return ExitCodes.Ok;
                case "explain":
                    return await ExplainCommand.RunAsync(args[1..], console, createProcessor, cancellationToken);
                case "batch":
                    return await BatchCommand.RunAsync(args[1..], console, createProcessor, cancellationToken);
                default:
                    throw new UsageException($"Unknown command '{args[0]}'.");
            }
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"letterparser: {e.Message}");
            await console.Error.WriteLineAsync("Run 'letterparser --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("letterparser: cancelled.");
            return ExitCodes.Unexpected;
        }
        catch (Exception e)
        {
            // The type and message only: a pipeline exception's message could quote the letter, so explain and
            // batch already catch those per file; what reaches here is I/O on our own files, or a bug.
            await console.Error.WriteLineAsync($"letterparser: unexpected failure: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static string CommandHelp(string command) => command switch
    {
        "explain" => HelpText.Explain,
        "batch" => HelpText.Batch,
        _ => throw new UsageException($"Unknown command '{command}'."),
    };
}
