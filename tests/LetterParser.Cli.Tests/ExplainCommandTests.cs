using System.Text.Json;
using LetterParser.Cli.Tests.Support;
using LetterParser.Core.Reports;

namespace LetterParser.Cli.Tests;

public class ExplainCommandTests
{
    [Fact]
    public async Task PrintsIndentedReportJsonWhenOutputIsNotATerminal()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\n  \"schemaVersion\": \"1\"", result.Out);
        var report = Assert.IsType<FindingsReport>(ReportJson.Deserialize(result.Out));
        Assert.Equal("letter.pdf", report.Source.FileName);
    }

    [Fact]
    public async Task WrappedTextWithTheSummaryFirstIsTheDefaultOnATerminal()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, FakeLetters.Processor(), terminal: true, "explain", "letter.pdf");

        Assert.StartsWith("letter.pdf\n==========\n\n+---", result.Out);
        Assert.Contains("| IN SHORT", result.Out);
        Assert.DoesNotContain("**", result.Out);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public async Task LanguageFrenchWritesTheReportInFrench()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--format", "markdown", "--language", "fr");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("> **En bref**", result.Out);
        Assert.Contains("## Ce que vous pouvez faire ensuite", result.Out);
    }

    [Fact]
    public async Task PdfFormatWritesAPdfWhoseTextReadsBackWithTheSummaryFirst()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--format", "pdf", "--out", "report.pdf", "--today", "2024-05-10");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Out);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(Path.Combine(folder.Path, "report.pdf")));
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.StartsWith("letter.pdf In short", first);
        Assert.Contains("Nearest deadline: 17 May 2024", first);
        Assert.Contains("7 days left", first);
    }

    [Fact]
    public async Task AReceivedOnDateAfterTodayIsAUsageError()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--notified", "2030-03-25", "--today", "2024-04-01");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("is after today", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task MarkdownOnRequestShowsTheDisclaimer()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--format", "markdown");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("# letter.pdf", result.Out);
        Assert.Contains("Educational information, not legal advice.", result.Out);
    }

    [Fact]
    public async Task TodayIsPassedToThePipeline()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        // The deadline is 2024-05-17; the fake counts days left to --today.
        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--today=2024-05-10");

        var report = Assert.IsType<FindingsReport>(ReportJson.Deserialize(result.Out));
        Assert.Equal(7, report.NextSteps.Single(s => s.Kind == NextStepKind.JudicialReview).Deadlines[0].DaysLeft);
    }

    [Fact]
    public async Task NotifiedIsPassedToThePipeline()
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "explain", "letter.pdf", "--notified", "2024-03-25");

        Assert.Equal(["notified 2024-03-25"], Assert.IsType<FindingsReport>(ReportJson.Deserialize(result.Out)).Warnings);
    }

    [Fact]
    public async Task ARefusedFilePrintsItsErrorReportAndExitsWithOne()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "explain", "notes.txt");

        Assert.Equal(ExitCodes.FileRefused, result.ExitCode);
        Assert.Equal(ErrorCode.UnsupportedType, Assert.IsType<ErrorReport>(ReportJson.Deserialize(result.Out)).Error.Code);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        using var folder = new TempFolder();
        folder.Write("huge.pdf", [.. FakeLetters.Letter, .. new byte[2000]]);

        var result = await CliRun.RunAsync(folder.Path, "explain", "huge.pdf");

        Assert.Equal(ExitCodes.FileRefused, result.ExitCode);
        Assert.Equal(ErrorCode.TooLarge, Assert.IsType<ErrorReport>(ReportJson.Deserialize(result.Out)).Error.Code);
    }

    [Fact]
    public async Task APipelineCrashIsAnInternalErrorReportWithoutLetterTextAndExitsWithThree()
    {
        using var folder = new TempFolder();
        folder.Write("crash.pdf", FakeLetters.Crash);

        var result = await CliRun.RunAsync(folder.Path, "explain", "crash.pdf");

        Assert.Equal(ExitCodes.Unexpected, result.ExitCode);
        Assert.Equal(ErrorCode.Internal, Assert.IsType<ErrorReport>(ReportJson.Deserialize(result.Out)).Error.Code);
        Assert.DoesNotContain("secret", result.Out + result.Error);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("explain", "missing.pdf")]
    [InlineData("explain", "a.pdf", "b.pdf")]
    [InlineData("explain", "letter.pdf", "--format", "html")]
    [InlineData("explain", "letter.pdf", "--format", "pdf")]
    [InlineData("explain", "letter.pdf", "--language", "de")]
    [InlineData("explain", "letter.pdf", "--today", "18/03/2024")]
    [InlineData("explain", "letter.pdf", "--notified")]
    [InlineData("explain", "letter.pdf", "--colour", "red")]
    [InlineData("explain", "letter.pdf", "--today", "2024-01-01", "--today", "2024-01-02")]
    public async Task ABadCommandLineIsAUsageErrorThatSaysWhy(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("letterparser: ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task AFolderIsPointedToBatch()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "letters"));

        var result = await CliRun.RunAsync(folder.Path, "explain", "letters");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("letterparser batch letters", result.Error);
    }

    [Fact]
    public async Task JsonOutputIsValidJsonEvenForErrors()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "explain", "notes.txt", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("unsupported-type", document.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
