using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>
/// Explains what was found in plain language: each ground's meaning, how to address it and the evidence that
/// helps, from the catalogue's texts. It decides nothing about what the letter says.
/// </summary>
public sealed class LetterExplainer(GroundsCatalogue catalogue)
{
    public IReadOnlyList<Finding> Explain(IReadOnlyList<FoundGround> found) => found.Select(Explain).ToList();

    private Finding Explain(FoundGround found)
    {
        var ground = catalogue[found.GroundId];
        var factors = found.Factors
            .Select(f => new FactorFinding(f.GroundId, catalogue[f.GroundId].Title, f.Quote, f.Page, f.Confidence))
            .ToList();
        return new Finding(ground.Id, ground.Title, found.Regulation, found.Quote, found.Page, Math.Round(found.Confidence, 3), factors,
            found.Category, ground.Explanation, ground.HowToAddress, ground.Evidence);
    }
}
