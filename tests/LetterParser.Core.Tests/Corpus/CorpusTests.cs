using LetterParser.Core.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Corpus;

/// <summary>
/// Measures how the whole pipeline generalizes to letters written independently of the matcher, the way a held-out
/// judge would: one aggregate score per corpus, never a per-letter assertion, so nothing here invites tuning to
/// single letters. Corpus/letters was written by hand; Corpus2/letters by Corpus2/tools/make_corpus2.py (other
/// missions, CIC-era and French letters, non-refusals, and about half the letters with simulated Tesseract noise,
/// read as OCR pages). The comparison itself is <see cref="LetterCorpus"/>'s.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    /// <summary>What one corpus must hold and reach; the noisier second corpus has lower targets.</summary>
    private sealed record HeldOutCorpus(double GroundF1Target, double HeaderTarget, int MinNonRefusals, bool HalfScanned);

    private static readonly Dictionary<string, HeldOutCorpus> Corpora = new(StringComparer.Ordinal)
    {
        ["Corpus"] = new(GroundF1Target: 0.97, HeaderTarget: 0.97, MinNonRefusals: 6, HalfScanned: false),
        ["Corpus2"] = new(GroundF1Target: 0.95, HeaderTarget: 0.93, MinNonRefusals: 8, HalfScanned: true),
    };

    [Theory]
    [InlineData("Corpus")]
    [InlineData("Corpus2")]
    public void CorpusIsVariedAndUsesOnlyDocumentedGroundIds(string corpus)
    {
        var expected = Corpora[corpus];
        var letters = LetterCorpus.Load(corpus);

        Assert.True(letters.Count >= 60, $"{letters.Count} letters");
        Assert.True(letters.Count(l => l.Expected.Language == "fr") >= 15, "at least 15 French letters");
        Assert.True(letters.Count(l => l.Expected.Letter.Format == "checkbox") >= 12, "at least 12 checkbox letters");
        Assert.True(letters.Count(l => !l.Expected.IsRefusalLetter) >= expected.MinNonRefusals,
            $"at least {expected.MinNonRefusals} letters that are not refusals");
        var scans = letters.Count(l => l.IsOcr);
        if (expected.HalfScanned)
            Assert.True(scans >= 25 && scans <= letters.Count - 25, $"about half the letters are OCR-noised ({scans})");
        else
            Assert.True(scans == 0, $"{scans} OCR-noised letters in a corpus of digital ones");
        var undocumented = LetterCorpus.UndocumentedGroundIds(letters);
        Assert.True(undocumented.Count == 0, string.Join("; ", undocumented));
    }

    [Theory]
    [InlineData("Corpus")]
    [InlineData("Corpus2")]
    public void ReachesTheGroundAndHeaderTargetsOnLettersItHasNeverSeen(string corpus)
    {
        var expected = Corpora[corpus];
        var (score, ocrScore, mismatches) = LetterCorpus.Evaluate(LetterCorpus.Load(corpus));

        output.WriteLine(score.Summary());
        if (expected.HalfScanned)
            output.WriteLine("OCR-noised letters only:\n" + ocrScore.Summary());
        output.WriteLine($"Mismatches in {mismatches.Count} letters:");
        foreach (var mismatch in mismatches)
            output.WriteLine(mismatch);

        Assert.True(score.UntickedReported == 0, $"{score.UntickedReported} unticked boxes reported as grounds\n{score.Summary()}");
        Assert.True(score.GroundF1 >= expected.GroundF1Target, $"ground F1 {score.GroundF1:F3} < {expected.GroundF1Target}\n{score.Summary()}");
        Assert.True(score.HeaderAccuracy >= expected.HeaderTarget, $"header accuracy {score.HeaderAccuracy:F3} < {expected.HeaderTarget}\n{score.Summary()}");
    }
}
