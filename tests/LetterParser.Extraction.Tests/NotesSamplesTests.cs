using System.Text.Json;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Extraction.Tests;

/// <summary>
/// The samples made for the officer's notes (GCMS printouts, a refusal with notes attached, fairness letters,
/// a release cover letter, a request), read by the real PdfPig text layer and put through the Notes stages on
/// their own: document kind, concern ids and response deadline as the sample generator described them.
/// </summary>
public class NotesSamplesTests
{
    private static readonly string Root = Repository.Root;
    private static readonly DocumentTextExtractor Source = new();
    private static readonly DocumentKindClassifier Classifier = new();
    private static readonly ConcernExtractor Extractor = new(ConcernsCatalogue.LoadEmbedded());
    private static readonly ResponseDeadlineReader Deadlines = new();

    public static TheoryData<string> NotesSamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples", "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (json.RootElement.TryGetProperty("documentKind", out _))
                data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NotesSamples))]
    public async Task SampleGivesItsDocumentKindConcernsAndDeadline(string expectedFile)
    {
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Root, "samples", "expected", expectedFile)));
        var want = expected.RootElement;
        var path = Path.Combine(Root, "samples", want.GetProperty("file").GetString()!);
        var text = await Source.ReadAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path), CancellationToken.None);
        var lines = text.Pages.SelectMany(p => p.Lines.Select(l => new DocumentLine(p.Number, l.Text))).ToList();

        var kind = Classifier.Classify(lines);
        var found = Extractor.Extract(kind.ConcernLines(lines));
        var concerns = found.Select(c => c.ConcernId).Distinct().Order(StringComparer.Ordinal).ToList();
        var letterDate = want.GetProperty("letter").GetProperty("date") is { ValueKind: JsonValueKind.String } d ? DateOnly.Parse(d.GetString()!) : (DateOnly?)null;
        var deadline = kind.Kind == Core.Reports.DocumentKind.ProceduralFairnessLetter
            ? Deadlines.Read(lines, letterDate)?.Date?.ToString("yyyy-MM-dd")
            : null;

        Assert.Equal(want.GetProperty("documentKind").GetString(), Kebab(kind.Kind.ToString()));
        var wantIds = want.GetProperty("concernIds").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.True(wantIds.SequenceEqual(concerns), $"concerns: expected [{string.Join(", ", wantIds)}], got "
            + string.Join("; ", found.Select(c => $"{c.ConcernId} \"{c.Quote}\"")));
        Assert.Equal(want.GetProperty("responseDeadline").ValueKind == JsonValueKind.Null ? null : want.GetProperty("responseDeadline").GetString(), deadline);
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
