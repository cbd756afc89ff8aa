using LetterParser.Cli;

// Exit codes: see ExitCodes.cs (0 ok, 1 explain's file was refused, 2 usage error, 3 unexpected failure or Ctrl+C).
using var interrupted = CliConsole.CancelOnCtrlC();
return await LetterParserCli.RunAsync(args, CliConsole.FromSystemConsole(), LetterProcessor.Isolated, interrupted.Token);
