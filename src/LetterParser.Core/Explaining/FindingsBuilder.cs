using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>
/// A ground the officer relied on, before it is explained: the letter's words for it, the provision, the category
/// (for category-eligibility) and, for will-not-leave, its factors. <see cref="ReadByOcr"/>: the quote was read
/// from a scan, so its words may be bent.
/// </summary>
public sealed record FoundGround(string GroundId, string Quote, int Page, double Confidence, IReadOnlyList<FoundGround> Factors,
    string? Regulation, string? Category, bool ReadByOcr);

/// <summary>
/// Turns the matched reasons into one finding per ground: factors nested under will-not-leave (which is reported
/// whenever one of them is), the "Other:" lines and unknown reasons gathered under the free-text ground.
/// </summary>
public sealed partial class FindingsBuilder(GroundsCatalogue catalogue)
{
    public IReadOnlyList<FoundGround> Build(MatchedReasons reasons, PermitType permitType, bool readByOcr)
    {
        var permit = Kebab(permitType);
        var findings = new List<FoundGround>();
        var factors = reasons.Hits
            .Where(h => catalogue[h.Hit.GroundId].ParentId == GroundIds.WillNotLeave)
            .GroupBy(h => h.Hit.GroundId)
            .Select(g => g.OrderByDescending(h => h.Hit.Score).First())
            .OrderBy(h => h.Item.Page)
            .Select(h => new FoundGround(h.Hit.GroundId, h.Item.Text, h.Item.Page, Confidence(h), [], null, null, readByOcr))
            .ToList();

        foreach (var group in reasons.Hits.Where(h => catalogue[h.Hit.GroundId].ParentId is null).GroupBy(h => h.Hit.GroundId))
        {
            var first = group.First();
            var ground = catalogue[group.Key];
            findings.Add(new FoundGround(ground.Id, first.Item.Text, first.Item.Page, Math.Round(group.Max(Confidence), 3),
                group.Key == GroundIds.WillNotLeave ? factors : [],
                CitationIn(first.Item.Text) ?? ground.RegulationFor(permit),
                group.Key == GroundIds.CategoryEligibility ? CategoryIn(group.Select(h => h.Item.Text)) : null, readByOcr));
        }

        // The umbrella is reported whenever one of its factors is, even if the letter never printed it.
        if (factors.Count > 0 && findings.All(f => f.GroundId != GroundIds.WillNotLeave))
        {
            var first = factors[0];
            findings.Insert(0, new FoundGround(GroundIds.WillNotLeave, first.Quote, first.Page, factors.Max(f => f.Confidence), factors,
                CitationIn(first.Quote) ?? catalogue[GroundIds.WillNotLeave].RegulationFor(permit), null, readByOcr));
        }

        // Free text the officer wrote, and reasons no ground covers: shown word for word under "other", never dropped.
        var otherQuotes = reasons.OtherLines.Concat(reasons.Unrecognized).ToList();
        if (otherQuotes.Count > 0)
        {
            findings.Add(new FoundGround(GroundIds.Other, string.Join("\n", otherQuotes.Select(q => q.Text)), otherQuotes[0].Page,
                reasons.OtherLines.Count > 0 ? 0.9 : 0.5, [], null, null, readByOcr));
        }
        return findings
            .OrderBy(f => f.GroundId == GroundIds.Misrepresentation ? 0 : f.GroundId == GroundIds.Other ? 2 : 1)
            .ThenBy(f => f.Page)
            .ToList();
    }

    /// <summary>
    /// Match quality, lowered when the words were read with little confidence (OCR), and never above the
    /// confidence of the box that says the ground applies: a well-matched line beside a doubtful box is doubtful.
    /// </summary>
    private static double Confidence(ReasonHit hit) =>
        Math.Round(Math.Clamp(Math.Min(hit.Hit.Score * (0.5 + 0.5 * hit.Item.Confidence), hit.Item.BoxConfidence), 0, 1), 3);

    private string? CategoryIn(IEnumerable<string> texts)
    {
        var skeleton = string.Concat(texts.Select(t => Skeleton.Of(t).Value));
        foreach (var category in catalogue.Categories)
        {
            foreach (var pattern in category.Patterns)
            {
                var code = Skeleton.Of(pattern).Value;
                if (code.Length <= 3 ? CodeMentioned(texts, pattern) : skeleton.Contains(code, StringComparison.Ordinal))
                    return category.Name;
            }
        }
        return null;

        static bool CodeMentioned(IEnumerable<string> texts, string code) =>
            texts.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(code)}\b", RegexOptions.IgnoreCase));
    }

    /// <summary>The provision as the letter cites it, e.g. "paragraph 200(1)(b) of the IRPR" or "l'alinéa 200(1)b) du RIPR".</summary>
    private static string? CitationIn(string text)
    {
        var match = Citation().Match(text);
        return match.Success ? Regex.Replace(match.Value.Trim().TrimEnd(',', '.'), @"\s+", " ") : null;
    }

    private static string Kebab(PermitType permit) => permit switch
    {
        PermitType.WorkPermit => "work-permit",
        PermitType.StudyPermit => "study-permit",
        PermitType.VisitorVisa => "visitor-visa",
        _ => "unknown",
    };

    [GeneratedRegex(@"(?:(?:sub-?)?(?:paragraph|subsection|section|alinéa|alinea|sous-alinéa|paragraphe|article|s\.|r\.?|a\.?)\s*)?\d{1,3}(?:\.\d)?\s?\(\d{1,2}\)(?:\s?\([a-z]\)|[a-z]\))?(?:\s?\([ivx]+\)|[ivx]+\))?(?:\s+(?:of|de|du|de la)\s+(?:the\s+|la\s+)?(?:IRPR|IRPA|RIPR|LIPR|Immigration and Refugee Protection (?:Regulations|Act)|Règlement sur l'immigration et la protection des réfugiés|Loi sur l'immigration et la protection des réfugiés|Regulations|Act|Loi|Règlement))?", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
