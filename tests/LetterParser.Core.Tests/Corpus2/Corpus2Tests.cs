using LetterParser.Core.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Corpus2;

/// <summary>
/// A second held-out corpus (Corpus2/letters, written by tools/make_corpus2.py without looking at the matcher,
/// the catalogue or the first corpus): other missions, CIC-era and French letters, non-refusals, and about half
/// the letters carrying simulated Tesseract noise, read as OCR pages. One aggregate score, never a per-letter
/// assertion, so nothing here invites tuning to single letters. The comparison logic is the first corpus's,
/// shared in <see cref="LetterCorpus"/>.
/// </summary>
public class Corpus2Tests(ITestOutputHelper output)
{
    private const double GroundF1Target = 0.95;
    private const double HeaderTarget = 0.93;

    [Fact]
    public void CorpusIsVariedMixesScansAndUsesOnlyDocumentedGroundIds()
    {
        var letters = LetterCorpus.Load("Corpus2");
        var scans = letters.Count(l => l.IsOcr);

        Assert.True(letters.Count >= 60, $"{letters.Count} letters");
        Assert.True(letters.Count(l => l.Expected.Language == "fr") >= 15, "at least 15 French letters");
        Assert.True(letters.Count(l => l.Expected.Letter.Format == "checkbox") >= 12, "at least 12 checkbox letters");
        Assert.True(letters.Count(l => !l.Expected.IsRefusalLetter) >= 8, "at least 8 letters that are not refusals");
        Assert.True(scans >= 25 && scans <= letters.Count - 25, $"about half the letters are OCR-noised ({scans})");
        var undocumented = LetterCorpus.UndocumentedGroundIds(letters);
        Assert.True(undocumented.Count == 0, string.Join("; ", undocumented));
    }

    [Fact]
    public void ReachesTheGroundAndHeaderTargetsOnUnseenDigitalAndScannedLetters()
    {
        var (score, ocrScore, mismatches) = LetterCorpus.Evaluate(LetterCorpus.Load("Corpus2"));

        output.WriteLine(score.Summary());
        output.WriteLine("OCR-noised letters only:\n" + ocrScore.Summary());
        output.WriteLine($"Mismatches in {mismatches.Count} letters:");
        foreach (var mismatch in mismatches)
            output.WriteLine(mismatch);

        Assert.True(score.UntickedReported == 0, $"{score.UntickedReported} unticked boxes reported as grounds\n{score.Summary()}");
        Assert.True(score.GroundF1 >= GroundF1Target, $"ground F1 {score.GroundF1:F3} < {GroundF1Target}\n{score.Summary()}");
        Assert.True(score.HeaderAccuracy >= HeaderTarget, $"header accuracy {score.HeaderAccuracy:F3} < {HeaderTarget}\n{score.Summary()}");
    }
}
