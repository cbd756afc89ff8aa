using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>The stages' results for one letter, ready to become its report.</summary>
public sealed record LetterAnalysis(
    DocumentText Document,
    string FileName,
    LetterSections Sections,
    HeaderFacts Header,
    DocumentKind Kind,
    ReasonItems Items,
    MatchedReasons Matched,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Concern> Concerns,
    LetterSituation Situation,
    IReadOnlyList<NextStep> NextSteps,
    ReviewInfo Review);

/// <summary>
/// Puts one letter's report together: the source, the letter's facts, the findings and next steps, and the warnings
/// a person should read, each warning text from the catalogue.
/// </summary>
public sealed class ReportAssembler(GroundsCatalogue catalogue)
{
    public FindingsReport Assemble(LetterAnalysis analysis)
    {
        var (document, fileName, sections, header, kind, items, matched, findings, concerns, situation, nextSteps, review) = analysis;
        var refusal = kind == DocumentKind.RefusalLetter;
        var warnings = new List<string>(document.Warnings);
        if (refusal)
        {
            if (items.BoxesUnreadable || matched.FormWithoutBoxes)
                warnings.Add(catalogue.Warning("boxes-unreadable"));
            else
                warnings.AddRange(matched.UnreadableBoxes.Select(u => u.Page).Distinct().Select(page => catalogue.Warning("box-lost", page)));
            if (findings.Count == 0 && !(items.BoxesUnreadable || matched.FormWithoutBoxes))
                warnings.Add(catalogue.Warning("no-reason-found"));
        }
        else
        {
            // A printout is notes from its first line by nature; notes alone in any other file mean a lost letter page.
            warnings.Add(catalogue.Warning(kind switch
            {
                DocumentKind.GcmsNotes => "gcms-notes",
                _ when sections.NotesOnly => "notes-only",
                DocumentKind.ProceduralFairnessLetter => "procedural-fairness",
                DocumentKind.ApprovalLetter => "approval",
                _ => "not-a-refusal",
            }));
        }
        if (findings.Any(f => f.GroundId == GroundIds.DocumentsTruthfulness))
            warnings.Add(catalogue.Warning("documents-truthfulness"));
        if (refusal && header.Letter.Date is null)
            warnings.Add(catalogue.Warning("missing-date"));
        if (refusal && header.Letter.DecisionLocation == DecisionLocation.Unknown)
            warnings.Add(catalogue.Warning("location-unknown"));
        if (refusal && situation.RestorationUnavailable && header.Letter.DecisionLocation == DecisionLocation.InsideCanada)
            warnings.Add(catalogue.Warning("restoration-unavailable"));
        if (header.Language == LetterLanguage.Fr)
            warnings.Add(catalogue.Warning("french-letter"));

        return new FindingsReport(
            new SourceInfo(fileName, document.MediaType, Math.Max(1, document.Pages.Count),
                document.Pages.Select(p => new PageInfo(p.Number, p.Method == ReadingMethod.Ocr ? PageMethod.Ocr : PageMethod.TextLayer,
                    p.OcrConfidence, p.Method == ReadingMethod.Ocr ? p.Rotation : null)).ToList(),
                header.Language),
            refusal,
            // A file that is no IRCC letter at all (a receipt, an invoice) has no permit or decision place to report.
            header.Letter with
            {
                PermitType = header.IsIrccLetter ? header.Letter.PermitType : PermitType.Unknown,
                DecisionLocation = header.IsIrccLetter ? header.Letter.DecisionLocation : DecisionLocation.Unknown,
                Format = refusal ? FormatOf(items, header) : LetterFormat.Unknown,
            },
            findings,
            refusal ? matched.Unrecognized : [],
            // Decision notes attached to a letter; a printout is all notes, and its concerns say what they hold.
            refusal && sections.Notes.Count > 0 ? TextCleanup.Join(sections.Notes.Select(l => l.Text)) : null,
            nextSteps,
            warnings,
            new CatalogueInfo(catalogue.Version, catalogue.LastVerified),
            catalogue.Disclaimer)
        {
            DocumentKind = kind,
            Review = review,
            Concerns = concerns,
        };
    }

    private static LetterFormat FormatOf(ReasonItems items, HeaderFacts header)
    {
        if (items.UsesCheckboxes) return LetterFormat.Checkbox;
        if (header.Letter.DecisionLocation == DecisionLocation.InsideCanada) return LetterFormat.InCanada;
        // Bullets are the 2021+ nested template; reasons written as plain sentences are the older form.
        return items.Layout == ReasonsLayout.Bullets ? LetterFormat.Nested : LetterFormat.Sentences;
    }
}
