using LetterParser.Core.Tests.Support;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Matching;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Matching;

/// <summary>
/// The matcher on <see cref="ParaphraseSet"/>: each row is one reason sentence whose ground set must be
/// read exactly, and one aggregate score (micro precision and recall over ground ids) printed for the record.
/// </summary>
public class ParaphraseTests(ITestOutputHelper output)
{
    private static readonly GroundMatcher Matcher = new(TextPipeline.Catalogue.Grounds);

    private static string[] GroundsIn(string text) =>
        Matcher.Match(text).Grounds.Select(g => g.GroundId).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(ParaphraseSet.Rows), MemberType = typeof(ParaphraseSet))]
    public void AParaphraseIsReadAsTheGroundsItStates(ParaphraseSet.Case paraphrase) =>
        Assert.Equal(paraphrase.Grounds.Order(StringComparer.Ordinal).ToArray(), GroundsIn(paraphrase.Text));

    [Fact]
    public void TheParaphraseSetIsReadWithHighPrecisionAndRecall() => AssertPrecisionAndRecall(ParaphraseSet.Cases, 0.95);

    [Fact]
    public void TheHeldOutParaphraseSetIsReadWithHighPrecisionAndRecall() => AssertPrecisionAndRecall(HeldOutParaphraseSet.Cases, 0.9);

    private void AssertPrecisionAndRecall(IReadOnlyList<ParaphraseSet.Case> cases, double target)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, exact = 0;
        foreach (var paraphrase in cases)
        {
            var found = GroundsIn(paraphrase.Text).ToHashSet();
            var expected = paraphrase.Grounds.ToHashSet();
            truePositives += found.Count(expected.Contains);
            falsePositives += found.Count(g => !expected.Contains(g));
            falseNegatives += expected.Count(g => !found.Contains(g));
            if (found.SetEquals(expected))
                exact++;
            else
                output.WriteLine($"expected [{string.Join(", ", expected)}] got [{string.Join(", ", found)}]: {paraphrase.Text.ReplaceLineEndings(" ")}");
        }
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        output.WriteLine($"paraphrases {cases.Count}: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}, exact ground set {exact}/{cases.Count} = {exact / (double)cases.Count:P0}");

        Assert.True(precision >= target && recall >= target, $"precision {precision:F3}, recall {recall:F3}");
    }

    [Fact]
    public void EveryGroundAndFactorHasAtLeastSixParaphrases()
    {
        var ids = TextPipeline.Catalogue.Grounds.Grounds.Select(g => g.Id).Where(id => id != "other");
        foreach (var id in ids)
            Assert.True(ParaphraseSet.Cases.Count(c => c.Grounds.Contains(id)) >= 6, id);
        Assert.True(ParaphraseSet.Cases.Count(c => c.Grounds.Length == 0) >= 10, "hard negatives");
    }
}
