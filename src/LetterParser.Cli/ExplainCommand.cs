using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;

namespace LetterParser.Cli;

/// <summary><c>letterparser explain FILE</c>: one letter, one report on standard output.</summary>
internal static class ExplainCommand
{
    private static readonly HashSet<string> ValueOptions = ["format", "notified", "today"];

    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<ReaderSettings, LetterProcessor> createProcessor, CancellationToken cancellationToken)
    {
        var arguments = Arguments.Parse(args, ValueOptions);
        if (arguments.Help)
        {
            await console.Out.WriteAsync(HelpText.Explain);
            return ExitCodes.Ok;
        }

        var file = arguments.SinglePositional("letter file to read (letterparser explain FILE)");
        var format = arguments.Choice("format", console.OutIsTerminal ? "markdown" : "json", "json", "markdown");
        var options = new ProcessingOptions(arguments.Date("notified"), arguments.Date("today"));
        var path = console.FullPath(file);
        if (Directory.Exists(path))
            throw new UsageException($"'{file}' is a folder; use 'letterparser batch {file}' to read every letter in it.");
        if (!File.Exists(path))
            throw new UsageException($"File not found: '{file}'.");

        using var processor = createProcessor(ReaderSettings.Single);
        var name = Path.GetFileName(path);
        var report = await ProcessAsync(processor, path, name, options, cancellationToken);

        var output = format == "json"
            ? ReportJson.Serialize(report, indented: true) + "\n"
            : MarkdownReportRenderer.Default.Render(report);
        await console.Out.WriteAsync(output);
        await console.Out.FlushAsync(cancellationToken);
        return report switch
        {
            ErrorReport { Error.Code: ErrorCode.Internal } => ExitCodes.Unexpected,
            ErrorReport => ExitCodes.FileRefused,
            _ => ExitCodes.Ok,
        };
    }

    private static async Task<LetterReport> ProcessAsync(LetterProcessor processor, string path, string name, ProcessingOptions options, CancellationToken cancellationToken)
    {
        var (content, refusal) = await LetterFiles.ReadAsync(path, name, processor.Limits, cancellationToken);
        if (refusal is not null)
            return refusal;
        try
        {
            return await processor.Process(content, name, options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return LetterFiles.Internal(name);
        }
    }
}
