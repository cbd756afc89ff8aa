using LetterParser.Core.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Corpus;

/// <summary>
/// Measures how the whole pipeline generalizes to letters written independently of the matcher
/// (Corpus/letters: NNN-name.txt with NNN-name.json expectations), the way a held-out judge would:
/// one aggregate score, never a per-letter assertion, so nothing here invites tuning to single letters.
/// The comparison itself is <see cref="LetterCorpus"/>'s, shared with the second corpus.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const double GroundF1Target = 0.97;
    private const double HeaderTarget = 0.97;

    [Fact]
    public void CorpusIsVariedAndUsesOnlyDocumentedGroundIds()
    {
        var letters = LetterCorpus.Load("Corpus");

        Assert.True(letters.Count >= 60, $"{letters.Count} letters");
        Assert.True(letters.Count(l => l.Expected.Language == "fr") >= 15, "at least 15 French letters");
        Assert.True(letters.Count(l => l.Expected.Letter.Format == "checkbox") >= 12, "at least 12 checkbox letters");
        Assert.True(letters.Count(l => !l.Expected.IsRefusalLetter) >= 6, "at least 6 letters that are not refusals");
        var undocumented = LetterCorpus.UndocumentedGroundIds(letters);
        Assert.True(undocumented.Count == 0, string.Join("; ", undocumented));
    }

    [Fact]
    public void ReachesTheGroundAndHeaderTargetsOnLettersItHasNeverSeen()
    {
        var (score, _, mismatches) = LetterCorpus.Evaluate(LetterCorpus.Load("Corpus"));

        output.WriteLine(score.Summary());
        output.WriteLine($"Mismatches in {mismatches.Count} letters:");
        foreach (var mismatch in mismatches)
            output.WriteLine(mismatch);

        Assert.True(score.UntickedReported == 0, $"{score.UntickedReported} unticked boxes reported as grounds\n{score.Summary()}");
        Assert.True(score.GroundF1 >= GroundF1Target, $"ground F1 {score.GroundF1:F3} < {GroundF1Target}\n{score.Summary()}");
        Assert.True(score.HeaderAccuracy >= HeaderTarget, $"header accuracy {score.HeaderAccuracy:F3} < {HeaderTarget}\n{score.Summary()}");
    }
}
