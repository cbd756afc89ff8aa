using System.Text.Json;
using Json.Schema;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Tests;

/// <summary>
/// Every letter under samples/ goes through the whole pipeline (real PdfPig, and real Tesseract for
/// scans where the engine is installed) and must give the report its expected file describes, in the
/// shape of the report contract. The expectations come from the sample generator's own description of
/// each letter, never from this pipeline's output.
/// </summary>
public class SampleLettersTests
{
    private static readonly string Root = FindRoot();
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(Root, "docs", "report.schema.json"));
    private static readonly LetterPipeline Pipeline = PipelineFactory.Create();
    private static readonly ProcessingOptions Options = new(Today: new DateOnly(2026, 11, 26));

    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples", "expected"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public async Task SampleGivesItsExpectedReport(string expectedFile)
    {
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Root, "samples", "expected", expectedFile)));
        var want = expected.RootElement;
        var path = Path.Combine(Root, "samples", want.GetProperty("file").GetString()!);
        await using var stream = File.OpenRead(path);
        var report = await Pipeline.ProcessAsync(stream, Path.GetFileName(path), Options, CancellationToken.None);

        var json = ReportJson.Serialize(report);
        using var actualDocument = JsonDocument.Parse(json);
        Assert.True(Schema.Evaluate(actualDocument.RootElement).IsValid, "report breaks the contract: " + json);
        var refusal = Assert.IsType<RefusalReport>(report);
        var got = actualDocument.RootElement;

        var problems = new List<string>();
        void Same(string what, string? expectedValue, string? actualValue)
        {
            if (!string.Equals(expectedValue, actualValue, StringComparison.Ordinal))
                problems.Add($"{what}: expected '{expectedValue}', got '{actualValue}'");
        }

        Same("isRefusalLetter", want.GetProperty("isRefusalLetter").GetRawText(), got.GetProperty("isRefusalLetter").GetRawText());
        Same("language", want.GetProperty("language").GetString(), got.GetProperty("source").GetProperty("language").GetString());
        foreach (var field in want.GetProperty("letter").EnumerateObject())
            Same("letter." + field.Name, field.Value.ValueKind == JsonValueKind.Null ? null : field.Value.GetString(),
                got.GetProperty("letter").GetProperty(field.Name) is { ValueKind: not JsonValueKind.Null } v ? v.GetString() : null);

        var wantGrounds = want.GetProperty("grounds").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(f => f.GetString()!).Order().ToArray());
        var gotGrounds = refusal.Findings.ToDictionary(f => f.GroundId, f => f.Factors.Select(x => x.GroundId).Order().ToArray());
        Same("grounds", string.Join(",", wantGrounds.Keys.Order()), string.Join(",", gotGrounds.Keys.Order()));
        foreach (var (ground, factors) in wantGrounds)
        {
            if (gotGrounds.TryGetValue(ground, out var gotFactors))
                Same($"factors of {ground}", string.Join(",", factors), string.Join(",", gotFactors));
        }

        Same("unrecognized",
            string.Join(" | ", want.GetProperty("unrecognized").EnumerateArray().Select(u => u.GetString())),
            string.Join(" | ", refusal.Unrecognized.Select(u => u.Text)));
        Same("hasOfficerNotes", want.GetProperty("hasOfficerNotes").GetRawText(), refusal.OfficerNotes is null ? "false" : "true");
        Same("judicialReviewDays",
            string.Join(",", want.GetProperty("judicialReviewDays").EnumerateArray().Select(d => d.GetInt32())),
            string.Join(",", refusal.NextSteps.Where(s => s.Kind == NextStepKind.JudicialReview).SelectMany(s => s.Deadlines).Select(d => d.Days)));

        Assert.True(problems.Count == 0, $"{expectedFile}:\n  " + string.Join("\n  ", problems));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LetterParser.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("LetterParser.sln not found above " + AppContext.BaseDirectory);
    }
}
