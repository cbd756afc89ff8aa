using System.Text.Json;
using Json.Schema;
using LetterParser.Cli.Tests.Support;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;
using LetterParser.Web.Tests.Support;

namespace LetterParser.Cli.Tests;

/// <summary>The command as shipped: letters read in reader processes (PdfPig text layer), the real explainer.</summary>
public class RealPipelineTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Repository.PathOf("docs", "report.schema.json"));

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static Task<CliResult> Run(string workingDirectory, params string[] args) =>
        CliRun.RunAsync(workingDirectory, LetterProcessor.Isolated(ReaderSettings.Single with { Parallel = 2 }), args);

    [Fact]
    public async Task BatchOverEveryHostileFileGivesEachItsErrorRowAndTheGoodLetterBetweenThemItsReport()
    {
        using var folder = new TempFolder();
        var hostile = Directory.GetFiles(Fixture("Hostile"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        foreach (var file in hostile)
            folder.Write("letters/" + Path.GetFileName(file), await File.ReadAllBytesAsync(file));
        folder.Write("letters/C0-good.pdf", await File.ReadAllBytesAsync(Fixture("refusal-2-page.pdf")));

        var result = await Run(folder.Path, "batch", "letters", "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var reports = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(hostile.Count + 1, reports.Count);
        Assert.IsType<FindingsReport>(Assert.Single(reports, r => r.SourceFileName == "C0-good.pdf"));
        var errors = reports.OfType<ErrorReport>().ToList();
        Assert.Equal(hostile.Count, errors.Count);
        Assert.All(errors, e => Assert.Contains(e.Error.Code, new[] { ErrorCode.CorruptFile, ErrorCode.TooLarge }));
    }

    [Fact]
    public async Task BatchOverALetterAndItsGcmsPrintoutJoinsTheNotesConcernsUnderTheLettersGrounds()
    {
        using var folder = new TempFolder();
        folder.Write("letters/a-letter.pdf", TestLetters.RefusalPdf());
        folder.Write("letters/b-gcms.pdf", TestLetters.GcmsPrintoutPdf());
        folder.Write("letters/c-other-gcms.pdf", TestLetters.GcmsPrintoutPdf("W300000001"));

        var result = await Run(folder.Path, "batch", "letters", "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var reports = lines.Select(ReportJson.Deserialize).Cast<FindingsReport>().ToList();
        Assert.Equal(["a-letter.pdf", "b-gcms.pdf", "c-other-gcms.pdf"], reports.Select(r => r.SourceFileName));
        var (letter, printout, other) = (reports[0], reports[1], reports[2]);
        Assert.Equal(DocumentKind.RefusalLetter, letter.DocumentKind);
        Assert.Equal(DocumentKind.GcmsNotes, printout.DocumentKind);
        Assert.Equal(["b-gcms.pdf"], letter.JoinedNotes!);
        Assert.Equal("a-letter.pdf", printout.JoinedTo);
        // The grounds are the letter's alone; the printout's concerns join them, each under a ground the letter gives.
        Assert.Equal(["ability-to-perform-work", "will-not-leave"], letter.Findings.Select(f => f.GroundId).Order());
        Assert.Equal(printout.Concerns.Select(c => c.ConcernId).Order(), letter.Concerns.Select(c => c.ConcernId).Order());
        Assert.Contains(letter.Concerns, c => c.GroundId == "will-not-leave.family-ties");
        Assert.Contains(letter.Concerns, c => c.GroundId == "ability-to-perform-work");
        Assert.Contains(letter.Concerns, c => c is { ConcernId: "funds.unexplained-deposit", GroundId: "insufficient-funds" });
        // A printout of another application of the same person (same UCI) stays a report of its own.
        Assert.Null(other.JoinedTo);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.True(Schema.Evaluate(document.RootElement).IsValid, line);
        }

        var csv = await Run(folder.Path, "batch", "letters", "--format", "csv", "--order", "input");
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].TrimStart('\uFEFF').Split(',').ToList();
        // No cell before these holds a comma: file names, codes, words and dates (a quoted cell would be split here).
        string Cell(int row, string column) => rows[row].Split(',')[header.IndexOf(column)];
        Assert.Equal("b-gcms.pdf", Cell(1, "joined_with"));
        Assert.Equal("a-letter.pdf", Cell(2, "joined_with"));
        Assert.Contains("ties.family-in-canada", Cell(1, "concerns"));
        Assert.Equal("", Cell(3, "joined_with"));
    }

    [Fact]
    public async Task ExplainOnADigitalPdfGivesSchemaShapedJson()
    {
        var result = await Run(AppContext.BaseDirectory, "explain", Fixture("refusal-2-page.pdf"), "--format", "json", "--today", "2024-04-01");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var evaluation = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var report = Assert.IsType<FindingsReport>(ReportJson.Deserialize(result.Out));
        Assert.True(report.IsRefusalLetter);
        Assert.Equal(2, report.Source.PageCount);
        Assert.Equal("W309876543", report.Letter.ApplicationNumber);
        Assert.Contains(report.Findings, f => f.GroundId == "will-not-leave");
    }

    [Fact]
    public async Task ExplainAsMarkdownShowsTheJudicialReviewDeadlineAndDisclaimer()
    {
        var result = await Run(AppContext.BaseDirectory, "explain", Fixture("refusal-2-page.pdf"), "--format", "markdown", "--today", "2024-04-01");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        // Decided at a visa section abroad: 60 days after 2024-03-18.
        Assert.Contains("Nearest deadline: 17 May 2024, Judicial review in the Federal Court — 46 days left.", result.Out);
        Assert.Contains("**17 May 2024 (60 days; 46 days left)**", result.Out);
        Assert.Contains("not legal advice", result.Out);
    }

    [Fact]
    public async Task BatchOverAFolderWithOneGoodAndOneGarbageFileGivesTwoLinesIncludingAnErrorReport()
    {
        using var folder = new TempFolder();
        folder.Write("letters/a-good.pdf", await File.ReadAllBytesAsync(Fixture("refusal-2-page.pdf")));
        folder.Write("letters/b-garbage.pdf", "%PDF-1.7\nthis is not really a PDF\n"u8.ToArray());

        var result = await Run(folder.Path, "batch", "letters", "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.IsType<FindingsReport>(ReportJson.Deserialize(lines[0]));
        var error = Assert.IsType<ErrorReport>(ReportJson.Deserialize(lines[1]));
        Assert.Equal("b-garbage.pdf", error.FileName);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.True(Schema.Evaluate(document.RootElement).IsValid, line);
        }
    }
}
