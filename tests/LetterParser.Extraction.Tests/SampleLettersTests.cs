using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Extraction.Tests;

/// <summary>
/// Every letter under samples/ goes through the whole pipeline (real PdfPig, and real Tesseract for
/// scans where the engine is installed) and must give the report its expected file describes, in the
/// shape of the report contract. The expectations come from the sample generator's own description of
/// each letter, never from this pipeline's output.
/// </summary>
public class SampleLettersTests(SampleReports samples) : IClassFixture<SampleReports>
{
    private static readonly string Root = Repository.Root;
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(Root, "docs", "report.schema.json"));

    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ExpectedFileNames())
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public async Task SampleGivesItsExpectedReport(string expectedFile)
    {
        using var expected = Expected(expectedFile);
        var want = expected.RootElement;
        var report = await samples.ReportOf(want.GetProperty("file").GetString()!);
        var scanned = IsScan(want);

        var json = ReportJson.Serialize(report);
        using var actualDocument = JsonDocument.Parse(json);
        Assert.True(Schema.Evaluate(actualDocument.RootElement).IsValid, "report breaks the contract: " + json);
        var refusal = Assert.IsType<FindingsReport>(report);
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
        {
            Same("letter." + field.Name, field.Value.ValueKind == JsonValueKind.Null ? null : field.Value.GetString(),
                got.GetProperty("letter").GetProperty(field.Name) is { ValueKind: not JsonValueKind.Null } v ? v.GetString() : null);
        }

        var wantGrounds = ExpectedGrounds(want);
        var gotGrounds = refusal.Findings.ToDictionary(f => f.GroundId, f => f.Factors.Select(x => x.GroundId).Order().ToArray());
        if (scanned)
        {
            // A scan may lose a ground (recall is measured over all scans below), but it must never add one:
            // an extra ground on a checkbox scan is an unticked box reported.
            var extra = GroundIds(refusal).Except(Ids(wantGrounds)).Order().ToList();
            if (extra.Count > 0)
                problems.Add("grounds the letter does not give: " + string.Join(", ", extra));
        }
        else
        {
            Same("grounds", string.Join(",", wantGrounds.Keys.Order()), string.Join(",", gotGrounds.Keys.Order()));
            foreach (var (ground, factors) in wantGrounds)
            {
                if (gotGrounds.TryGetValue(ground, out var gotFactors))
                    Same($"factors of {ground}", string.Join(",", factors), string.Join(",", gotFactors));
            }
        }

        if (!scanned)
        {
            Same("unrecognized",
                string.Join(" | ", want.GetProperty("unrecognized").EnumerateArray().Select(u => u.GetString())),
                string.Join(" | ", refusal.Unrecognized.Select(u => u.Text)));
        }
        Same("hasOfficerNotes", want.GetProperty("hasOfficerNotes").GetRawText(), refusal.OfficerNotes is null ? "false" : "true");
        Same("judicialReviewDays",
            string.Join(",", want.GetProperty("judicialReviewDays").EnumerateArray().Select(d => d.GetInt32())),
            string.Join(",", refusal.NextSteps.Where(s => s.Kind == NextStepKind.JudicialReview).SelectMany(s => s.Deadlines).Select(d => d.Days)));

        // The notes samples also say what the document is, which concerns its notes raise and by when to answer.
        if (want.TryGetProperty("documentKind", out var wantKind))
            Same("documentKind", wantKind.GetString(), got.GetProperty("documentKind").GetString());
        if (want.TryGetProperty("concernIds", out var wantConcerns))
        {
            Same("concernIds", string.Join(",", wantConcerns.EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal)),
                string.Join(",", got.GetProperty("concerns").EnumerateArray().Select(c => c.GetProperty("concernId").GetString()).Distinct().Order(StringComparer.Ordinal)));
        }

        if (want.TryGetProperty("responseDeadline", out var wantDue))
            Same("responseDeadline", wantDue.ValueKind == JsonValueKind.Null ? null : wantDue.GetString(), ResponseDeadline(refusal));

        Assert.True(problems.Count == 0, $"{expectedFile}:\n  " + string.Join("\n  ", problems));
    }

    private static string? ResponseDeadline(FindingsReport report) =>
        report.NextSteps.Where(s => s.Kind == NextStepKind.RespondToOfficer).SelectMany(s => s.Deadlines)
            .Select(d => (string?)d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    [Fact]
    public async Task ScansAndPhotosKeepNineInTenGrounds()
    {
        int found = 0, given = 0;
        foreach (var file in ExpectedFileNames())
        {
            using var expected = Expected(file);
            if (!IsScan(expected.RootElement))
                continue;
            var wantIds = Ids(ExpectedGrounds(expected.RootElement));
            // A scan that gives no report with findings kept none of its grounds.
            var gotIds = await samples.ReportOf(expected.RootElement.GetProperty("file").GetString()!) is FindingsReport report ? GroundIds(report) : [];
            found += wantIds.Intersect(gotIds).Count();
            given += wantIds.Count;
        }
        Assert.True(given > 0, "no scanned sample was read");
        var recall = (double)found / given;
        Assert.True(recall >= 0.9, $"scans kept {found} of {given} grounds ({recall:P1})");
    }

    private static IEnumerable<string> ExpectedFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "samples", "expected"), "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f));

    private static JsonDocument Expected(string expectedFile) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "samples", "expected", expectedFile)));

    private static bool IsScan(JsonElement want) => want.GetProperty("file").GetString()!.StartsWith("scanned/", StringComparison.Ordinal);

    private static Dictionary<string, string[]> ExpectedGrounds(JsonElement want) =>
        want.GetProperty("grounds").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(f => f.GetString()!).Order().ToArray());

    private static HashSet<string> Ids(Dictionary<string, string[]> grounds) => grounds.SelectMany(g => g.Value.Prepend(g.Key)).ToHashSet();

    private static HashSet<string> GroundIds(FindingsReport report) =>
        report.Findings.SelectMany(f => f.Factors.Select(x => x.GroundId).Prepend(f.GroundId)).ToHashSet();
}

/// <summary>
/// Each sample's report, made once for <see cref="SampleLettersTests"/>: a scan costs seconds of OCR, and both the
/// per-sample theory and the scans' recall read it. Each test asks for the reports it needs, in any order.
/// </summary>
public sealed class SampleReports
{
    private static readonly ProcessingOptions Options = new(Today: new DateOnly(2026, 11, 26));
    private readonly LetterPipeline _pipeline = PipelineFactory.CreateInProcess();
    private readonly ConcurrentDictionary<string, Lazy<Task<LetterReport>>> _reports = new(StringComparer.Ordinal);

    /// <summary>The report of samples/<paramref name="sampleFile"/>.</summary>
    public Task<LetterReport> ReportOf(string sampleFile) =>
        _reports.GetOrAdd(sampleFile, file => new Lazy<Task<LetterReport>>(() => ReadAsync(file))).Value;

    private async Task<LetterReport> ReadAsync(string sampleFile)
    {
        var path = Path.Combine(Repository.Root, "samples", sampleFile);
        await using var stream = File.OpenRead(path);
        return await _pipeline.ProcessAsync(stream, Path.GetFileName(path), Options, CancellationToken.None);
    }
}
