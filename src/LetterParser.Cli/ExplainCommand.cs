using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Pdf;

namespace LetterParser.Cli;

/// <summary><c>letterparser explain FILE</c>: one letter, one report on standard output.</summary>
internal static class ExplainCommand
{
    private static readonly HashSet<string> ValueOptions = ["format", "notified", "today", "language", "out", "width"];

    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<ReaderSettings, LetterProcessor> createProcessor, CancellationToken cancellationToken)
    {
        var arguments = Arguments.Parse(args, ValueOptions);
        if (arguments.Help)
        {
            await console.Out.WriteAsync(HelpText.Explain);
            return ExitCodes.Ok;
        }

        var file = arguments.SinglePositional("letter file to read (letterparser explain FILE)");
        var format = arguments.Choice("format", console.OutIsTerminal ? "text" : "json", "json", "markdown", "text", "pdf");
        // No --language: the letter's own language (a French letter gets a French report).
        ReportLanguage? language = arguments.Get("language") is null ? null
            : arguments.Choice("language", "en", "en", "fr") == "fr" ? ReportLanguage.Fr : ReportLanguage.En;
        var today = arguments.Date("today");
        var notified = arguments.Date("notified");
        if (NotifiedDate.Problem(notified, today ?? DateOnly.FromDateTime(DateTime.Today), UiText.For(language ?? ReportLanguage.En)) is { } problem)
            throw new UsageException(problem);
        var outPath = arguments.Get("out") is { } o ? console.FullPath(o) : null;
        if (format == "pdf" && outPath is null)
            throw new UsageException("'--format pdf' writes a file: give it with '--out FILE'.");
        var width = arguments.Int("width", 80, 40, 400);
        var options = new ProcessingOptions(notified, today, language);
        var path = console.FullPath(file);
        if (Directory.Exists(path))
            throw new UsageException($"'{file}' is a folder; use 'letterparser batch {file}' to read every letter in it.");
        if (!File.Exists(path))
            throw new UsageException($"File not found: '{file}'.");

        using var processor = createProcessor(ReaderSettings.Single);
        var name = Path.GetFileName(path);
        var report = await ProcessAsync(processor, path, name, options, cancellationToken);

        // The language asked for, else the one the pipeline wrote the report in (the letter's own).
        var view = new ReportView(language ?? (report as FindingsReport)?.ReportLanguage, today);
        if (format == "pdf")
        {
            await File.WriteAllBytesAsync(outPath!, PdfReportRenderer.Render(ReportDocument.Build(report, view)), cancellationToken);
        }
        else
        {
            var output = format switch
            {
                "json" => ReportJson.Serialize(report, indented: true) + "\n",
                "markdown" => MarkdownReportRenderer.Default.Render(report, view),
                _ => new TerminalReportRenderer(width).Render(report, view),
            };
            if (outPath is not null)
                await File.WriteAllTextAsync(outPath, output, cancellationToken);
            else
                await console.Out.WriteAsync(output);
        }
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
