using System.Globalization;
using System.Text.Json;
using LetterParser.Core.Catalogue;

namespace LetterParser.Core.Reports;

/// <summary>
/// Writes a report's explanations in the other official language, from <see cref="CatalogueTexts"/>: grounds and
/// next steps by id, the explainer's sentences by recognising them in <see cref="CatalogueTexts.Warnings"/> and
/// <see cref="CatalogueTexts.DeadlineBases"/>. The letter's own words (quotes, citations as printed, notes) are never
/// touched. A text the catalogue does not know stays as it was, so nothing is lost, only left untranslated.
/// </summary>
public static class ReportTranslator
{
    /// <summary>The report written in <paramref name="target"/>, with <see cref="FindingsReport.ReportLanguage"/> set; an error report is returned as is.</summary>
    public static LetterReport To(LetterReport report, ReportLanguage target, CatalogueTexts? texts = null) =>
        report is FindingsReport refusal ? To(refusal, target, texts) : report;

    public static FindingsReport To(FindingsReport report, ReportLanguage target, CatalogueTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var source = report.ReportLanguage;
        if (source == target)
            return report;
        texts ??= CatalogueTexts.Default;
        var from = texts.For(source);
        var to = texts.For(target);

        return report with
        {
            Findings = report.Findings.Select(f => Finding(f, from, to, target)).ToList(),
            NextSteps = report.NextSteps.Select(s => Step(s, from, to, texts, source, target)).ToList(),
            Warnings = report.Warnings.SelectMany(w => Warning(w, report, from, to, texts, source, target)).ToList(),
            Disclaimer = report.Disclaimer == from.Disclaimer ? to.Disclaimer : report.Disclaimer,
            ReportLanguage = target,
        };
    }

    private static Finding Finding(Finding finding, LanguageTexts from, LanguageTexts to, ReportLanguage target)
    {
        if (!to.Grounds.TryGetValue(finding.GroundId, out var ground))
            return finding;
        // A regulation the letter printed stays as printed; the catalogue's default one is written in the target language.
        var regulation = from.Grounds.TryGetValue(finding.GroundId, out var original) && finding.Regulation == original.Regulation
            ? ground.Regulation
            : Abbreviated(finding.Regulation, target);
        return finding with
        {
            Title = ground.Title,
            Regulation = regulation,
            Explanation = ground.Explanation,
            HowToAddress = ground.HowToAddress,
            Evidence = ground.Evidence,
            Factors = finding.Factors.Select(x => to.Grounds.TryGetValue(x.GroundId, out var factor) ? x with { Title = factor.Title } : x).ToList(),
        };
    }

    private static NextStep Step(NextStep step, LanguageTexts from, LanguageTexts to, CatalogueTexts texts, ReportLanguage source, ReportLanguage target)
    {
        var id = JsonNamingPolicy.KebabCaseLower.ConvertName(step.Kind.ToString());
        if (!from.NextSteps.TryGetValue(id, out var original) || !to.NextSteps.TryGetValue(id, out var translated))
            return step;
        // The explainer chose one variant of the summary (notes attached, after misrepresentation, deadline passed): keep that choice.
        var summary = step.Summary == original.SummaryWhenNotesAttached ? translated.SummaryWhenNotesAttached
            : step.Summary == original.SummaryAfterMisrepresentation ? translated.SummaryAfterMisrepresentation
            : step.Summary == original.SummaryWhenPassed ? translated.SummaryWhenPassed
            : step.Summary == original.Summary ? translated.Summary
            : null;
        return step with
        {
            Title = step.Title == original.Title ? translated.Title : step.Title,
            Summary = summary ?? step.Summary,
            Deadlines = step.Deadlines.Select(d => d with { Basis = Sentence(d.Basis, texts.DeadlineBases.Values, source, target) ?? d.Basis }).ToList(),
        };
    }

    private static IEnumerable<string> Warning(string warning, FindingsReport report, LanguageTexts from, LanguageTexts to, CatalogueTexts texts, ReportLanguage source, ReportLanguage target)
    {
        if (warning == from.TruthfulnessWarning)
        {
            yield return to.TruthfulnessWarning;
            yield break;
        }
        // "This report explains it in English" is false once it does not; a note in the letter's own language needs no saying.
        if (texts.LanguageNotes.Values.Any(n => n.In(source) == warning))
        {
            if (target == ReportLanguage.En || report.Source.Language != LetterLanguage.Fr)
                yield return texts.LanguageNotes.Values.First(n => n.In(source) == warning).In(target);
            yield break;
        }
        yield return Sentence(warning, texts.Warnings.Values, source, target) ?? warning;
    }

    /// <summary>
    /// The catalogue's short citations ("IRPR 220", "IRPA 16(1)") in the target's abbreviations (RIPR, LIPR); a citation
    /// as the letter printed it ("paragraph 200(1)(b) of the IRPR") does not start with one and is left alone.
    /// </summary>
    private static string? Abbreviated(string? regulation, ReportLanguage target)
    {
        if (regulation is null)
            return null;
        (string From, string To)[] names = target == ReportLanguage.Fr ? [("IRPR ", "RIPR "), ("IRPA ", "LIPR ")] : [("RIPR ", "IRPR "), ("LIPR ", "IRPA ")];
        foreach (var (from, to) in names)
        {
            if (regulation.StartsWith(from, StringComparison.Ordinal))
                return to + regulation[from.Length..];
        }
        return regulation;
    }

    /// <summary>The sentence in <paramref name="target"/> when one of <paramref name="templates"/> wrote it; dates are written the target's way.</summary>
    private static string? Sentence(string text, IEnumerable<MessageTemplate> templates, ReportLanguage source, ReportLanguage target)
    {
        foreach (var template in templates)
        {
            if (template.Read(text, source) is not { } values)
                continue;
            var filled = values.ToDictionary(v => v.Key, v => v.Key == "date" && DateOnly.TryParseExact(v.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? UiText.For(target).Date(date)
                : v.Value, StringComparer.Ordinal);
            return template.Fill(target, filled);
        }
        return null;
    }
}
