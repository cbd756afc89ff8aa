using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Notes;

/// <summary>
/// Concern precision and recall over a labelled set of notes written for the tests, in several styles
/// (sentences, capitals, bullets, French). The threshold is the issue's F1 target.
/// </summary>
public class LabelledNotesTests(ITestOutputHelper output)
{
    private static readonly ConcernExtractor Extractor = new(ConcernsCatalogue.LoadEmbedded());

    private static IEnumerable<(string[] Ids, string Notes)> Cases(string file)
    {
        var path = Path.Combine(Repository.Root, "tests", "LetterParser.Core.Tests", "Notes", "Fixtures", file);
        string[]? ids = null;
        var text = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')).Append("=== ids: end"))
        {
            if (!line.StartsWith("=== ids:", StringComparison.Ordinal))
            {
                text.Add(line);
                continue;
            }
            if (ids is not null)
                yield return (ids, string.Join('\n', text));
            ids = line["=== ids:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            text.Clear();
        }
    }

    [Theory]
    [InlineData("labelled-notes.txt")]
    [InlineData("labelled-notes-2.txt")]
    public void ConcernsAreFoundWithAnF1OfAtLeastPointEightFive(string file)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (ids, notes) in Cases(file))
        {
            var found = Extractor.Extract(NotesLines.Of(notes)).Select(c => c.ConcernId).ToHashSet();
            var want = ids.ToHashSet();
            truePositives += found.Intersect(want).Count();
            falsePositives += found.Except(want).Count();
            falseNegatives += want.Except(found).Count();
            if (!found.SetEquals(want))
            {
                output.WriteLine($"want [{string.Join(", ", want.Order())}] got [{string.Join(", ", found.Order())}]: {notes[..Math.Min(60, notes.Length)]}");
                foreach (var (id, cue, quote) in Extractor.Trace(NotesLines.Of(notes)).Where(t => !want.Contains(t.Id)))
                    output.WriteLine($"    extra {id} by '{cue}': {quote}");
            }
        }
        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        output.WriteLine($"precision {precision:F3} recall {recall:F3} F1 {f1:F3} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})");
        Assert.True(f1 >= 0.85, $"F1 {f1:F3} (precision {precision:F3}, recall {recall:F3})");
    }
}
