using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Cli.Tests.Support;

/// <summary>Runs <c>letterparser</c> in-process with captured output, as a person would type it.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

internal static class CliRun
{
    public static Task<CliResult> RunAsync(string workingDirectory, LetterProcessor processor, params string[] args) =>
        RunAsync(workingDirectory, processor, terminal: false, args);

    /// <param name="terminal">whether the command should believe a person is watching stdout and stderr.</param>
    public static async Task<CliResult> RunAsync(string workingDirectory, LetterProcessor processor, bool terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, OutIsTerminal: terminal, ErrorIsTerminal: terminal, workingDirectory);
        var code = await LetterParserCli.RunAsync(args, console, _ => processor);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, FakeLetters.Processor(), args);
}

/// <summary>
/// A hand-made stand-in for the pipeline, so the command can be tested on its own: a file starting "%PDF" is a
/// refusal letter, one starting "BOOM" makes the pipeline throw, anything else is refused as unsupported.
/// </summary>
internal static class FakeLetters
{
    public static readonly byte[] Letter = "%PDF-1.7 a refusal letter"u8.ToArray();
    public static readonly byte[] Garbage = "just some text"u8.ToArray();
    public static readonly byte[] Crash = "BOOM secret letter text"u8.ToArray();

    public static LetterProcessor Processor(Func<string, TimeSpan>? delay = null) =>
        new(async (content, name, options, ct) =>
        {
            if (delay is not null)
                await Task.Delay(delay(name), ct);
            var text = System.Text.Encoding.ASCII.GetString(content.Span);
            if (text.StartsWith("BOOM", StringComparison.Ordinal))
                throw new InvalidOperationException("secret letter text");
            if (!text.StartsWith("%PDF", StringComparison.Ordinal))
                return new ErrorReport(name, new ErrorDetail(ErrorCode.UnsupportedType, "This is not a PDF, JPEG, PNG or TIFF file."));
            var report = ReportBuilder.Refusal(name);
            if (options.NotifiedOn is { } notified)
                report = report with { Warnings = [$"notified {notified:yyyy-MM-dd}"] };
            return options.Today is null ? report : report.WithDaysLeft(ReportBuilder.LetterDate.AddDays(60).DayNumber - options.Today.Value.DayNumber);
        }, LetterLimits.Default with { MaxFileBytes = 1000 });
}

/// <summary>A temporary folder that deletes itself.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("letterparser-cli-").FullName;

    public string Write(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
