using System.Diagnostics;
using System.Globalization;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>
/// CPU milliseconds per letter of each stage, over a VARIED set of digital letters (every text-layer PDF in the
/// folders given), so that one layout's quirks do not stand for all. Each stage runs over the whole set in turn,
/// fed the previous stage's output, after a warm-up round.
/// Run: dotnet run -c Release --project tests/LetterParser.Benchmarks -- --stages samples/digital tests/BlindSets/grounds-1/letters
/// </summary>
internal static class StageCpuTime
{
    public static void Run(IReadOnlyList<string> folders, int rounds)
    {
        var source = new LetterDocumentSource();
        var letters = folders.SelectMany(f => Directory.GetFiles(f, "*.pdf")).Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Select(bytes => (Bytes: bytes, Text: TryRead(source, bytes)))
            .Where(l => l.Text is { } text && text.Pages.All(p => p.Method == ReadingMethod.TextLayer))
            .ToList();
        Console.WriteLine($"{letters.Count} digital letters, {rounds} rounds each");

        var catalogue = LetterCatalogue.LoadEmbedded();
        var headers = new HeaderFactsReader(catalogue.Offices);
        var kinds = new LetterParser.Core.Notes.DocumentKindClassifier();
        var matching = new ReasonMatching(new GroundMatcher(catalogue.Grounds));
        var findings = new FindingsBuilder(catalogue.Grounds);
        var explainer = new LetterExplainer(catalogue.Grounds);

        var documents = letters.Select(l => l.Text!).ToList();
        var layouts = documents.Select(LineLayout.Of).ToList();
        var lines = layouts.Select(l => l.Lines.Select(x => new LetterParser.Core.Notes.DocumentLine(x.Page, x.Text)).ToList()).ToList();
        var kindReadings = lines.Select(kinds.Classify).ToList();
        var sections = layouts.Select((l, i) => LetterSectionFinder.Find(l, kindReadings[i].NotesStart)).ToList();
        var items = sections.Select(ReasonItemSplitter.Split).ToList();
        var matched = items.Select(matching.Match).ToList();
        var found = matched.Select((m, i) => findings.Build(m, headers.Read(sections[i], documents[i]).PermitType, false)).ToList();

        (string Name, Action<int> Stage)[] stages =
        [
            ("document text (PdfPig text layer)", i => source.Read(letters[i].Bytes, CancellationToken.None)),
            ("line layout", i => LineLayout.Of(documents[i])),
            ("document kind", i => kinds.Classify(lines[i])),
            ("letter sections", i => LetterSectionFinder.Find(layouts[i], kindReadings[i].NotesStart)),
            ("header facts", i => headers.Read(sections[i], documents[i])),
            ("reason items", i => ReasonItemSplitter.Split(sections[i])),
            ("matching", i => matching.Match(items[i])),
            ("findings", i => findings.Build(matched[i], PermitType.WorkPermit, false)),
            ("explaining", i => explainer.Explain(found[i])),
        ];
        foreach (var (_, stage) in stages)
        {
            for (var i = 0; i < letters.Count; i++)
                stage(i);
        }

        var total = 0.0;
        foreach (var (name, stage) in stages)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var r = 0; r < rounds; r++)
            {
                for (var i = 0; i < letters.Count; i++)
                    stage(i);
            }

            process.Refresh();
            var ms = (process.TotalProcessorTime - before).TotalMilliseconds / (rounds * letters.Count);
            total += ms;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {ms,8:0.000} ms CPU/letter"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"sum of stages",-36} {total,8:0.000} ms CPU/letter"));
    }

    private static DocumentText? TryRead(LetterDocumentSource source, byte[] bytes)
    {
        try
        {
            return source.Read(bytes, CancellationToken.None);
        }
        catch (LetterInputException)
        {
            return null;
        }
    }
}
