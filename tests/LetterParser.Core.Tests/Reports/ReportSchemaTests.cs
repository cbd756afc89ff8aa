using System.Text.Json;
using Json.Schema;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports;

public class ReportSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Repository.PathOf("docs", "report.schema.json"));

    public static TheoryData<string> LetterTexts => new(
        Letters.CheckboxAbroad, Letters.FrenchSentences, Letters.InCanadaDocuments, Letters.NestedNoOffice,
        Letters.Misrepresentation, Letters.ProceduralFairness, Letters.Invoice);

    [Theory]
    [MemberData(nameof(LetterTexts))]
    public void EveryReportFollowsTheContract(string text)
    {
        var report = TextPipeline.Report(LetterTextBuilder.FromText(text), "letter.pdf", new ProcessingOptions(Today: new DateOnly(2024, 4, 1)));
        AssertValid(ReportJson.Serialize(report));
    }

    [Fact]
    public void AnErrorReportFollowsTheContract() =>
        AssertValid(ReportJson.Serialize(new ErrorReport("x.docx", new ErrorDetail(ErrorCode.UnsupportedType, "Not a PDF or an image."))));

    [Fact]
    public void TheSchemaCheckCatchesAReportOffTheContract()
    {
        var json = ReportJson.Serialize(new ErrorReport("x.docx", new ErrorDetail(ErrorCode.UnsupportedType, "Not a PDF.")))
            .Replace("unsupported-type", "not-a-code", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void ReportsReadBackAsTheyWereWritten()
    {
        var report = TextPipeline.Report(LetterTextBuilder.FromText(Letters.CheckboxAbroad), "letter.pdf", new ProcessingOptions(Today: new DateOnly(2024, 4, 1)));
        var json = ReportJson.Serialize(report);
        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
    }

    [NeedsSharedFact]
    public void TheRepositoryCopyOfTheSchemaIsTheSharedContract()
    {
        var shared = SharedFolder.PathOf("contract", "report.schema.json");
        Assert.True(File.Exists(shared), $"{shared} is missing: the copy in docs/ cannot be checked against the contract.");
        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(Repository.PathOf("docs", "report.schema.json")));
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
