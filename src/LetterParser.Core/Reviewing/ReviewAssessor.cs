using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Reviewing;

/// <summary>Everything the stages were unsure of, gathered for <see cref="ReviewAssessor"/>.</summary>
public sealed record ReadingDoubts(
    DocumentText Document,
    LetterSections Sections,
    HeaderFacts Header,
    DocumentKind Kind,
    bool KindUnclear,
    bool StructuredPrintout,
    ReasonItems Items,
    MatchedReasons Matched,
    IReadOnlyList<FoundGround> Found);

/// <summary>
/// Decides whether a person should check the report before relying on it. A report that is not flagged is meant to
/// be right in every part a user relies on (grounds, date, numbers, deadlines), so every doubt a stage had becomes
/// a coded reason here, and a clean digital letter read without doubt is not flagged.
/// </summary>
public sealed class ReviewAssessor(ReviewOptions options)
{
    public ReviewInfo Assess(ReadingDoubts doubts)
    {
        var reasons = new List<ReviewReason>();
        var refusal = doubts.Kind == DocumentKind.RefusalLetter;

        if (doubts.KindUnclear)
            reasons.Add(new("unclear-document-kind", "It is not clear what kind of document this is (a refusal, the officer's notes, a fairness letter or something else); check that the report reads it the right way.", null));
        // A printout is notes from its first line by nature; notes under a bare heading may be a letter's second page.
        if (doubts.Sections.NotesOnly && !doubts.StructuredPrintout)
            reasons.Add(new("letter-missing", "The file opens with the officer's notes; the letter itself (with its reasons and date) seems to be missing.", 1));

        // A fairness letter's deadline is often "N days from the date of this letter": without the date, there is none.
        if (doubts.Kind == DocumentKind.ProceduralFairnessLetter && doubts.Header.Letter.Date is null)
            reasons.Add(new("missing-date", "The letter date could not be read, so no deadline could be computed.", null));

        if (refusal)
        {
            if (doubts.Items.BoxesUnreadable || doubts.Matched.FormWithoutBoxes)
            {
                reasons.Add(new("unreadable-box", "The letter prints a checkbox form, but no box could be read, so no ground was counted. Read the ticked boxes on the letter itself.", FirstPage(doubts.Matched.UnreadableBoxes)));
            }
            else
            {
                foreach (var page in doubts.Matched.UnreadableBoxes.Select(u => u.Page).Distinct())
                    reasons.Add(new("unreadable-box", $"On page {page}, a reason line has no checkbox that could be read, so it was not counted.", page));
            }
            foreach (var item in doubts.Matched.Unrecognized.Concat(doubts.Matched.OtherLines).GroupBy(u => u.Page))
                reasons.Add(new("unrecognized-reason", "A reason in the letter matched no known ground; it is shown word for word.", item.Key));
            foreach (var item in doubts.Matched.Ambiguous)
                reasons.Add(new("ambiguous-match", "One reason could mean more than one ground; check which the officer meant.", item.Page));
            if (doubts.Found.Count == 0 && !(doubts.Items.BoxesUnreadable || doubts.Matched.FormWithoutBoxes))
                reasons.Add(new("no-reason-found", "The letter reads as a refusal, but no reason could be found in it.", null));
            if (doubts.Header.Letter.Date is null)
                reasons.Add(new("missing-date", "The letter date could not be read, so no deadline could be computed.", null));
            if (doubts.Header.Letter.ApplicationNumber is null)
                reasons.Add(new("missing-identifier", "No application number could be read; check the letter's header, and that the whole letter was read.", 1));
            // Boxes on an image are read by measuring ink, never by the words beside them: a faint tick or a speck
            // in an empty box changes the grounds. A box whose ink sits near the line between ticked and empty, or
            // boxes typed as characters that OCR read back (an "X" may be noise), are worth a look; a scan whose
            // every box is clearly inked or clearly empty is not.
            var scanned = doubts.Document.Pages.Where(p => p.Method == ReadingMethod.Ocr).ToList();
            var drawn = scanned.SelectMany(p => p.Checkboxes).ToList();
            if (doubts.Items.UsesCheckboxes && scanned.Count > 0 && (drawn.Count == 0 || drawn.Any(b => b.Confidence < options.ClearBoxConfidence)))
                reasons.Add(new("scanned-checkboxes", "The ticked boxes were read from a scan or photo; check them against the letter.", null));
        }

        // A phone photo bends lines, shades corners and blurs words: measured on blind sets, its reading was wrong
        // far more often than a flatbed scan's, whatever OCR's own confidence said.
        if (doubts.Document.MediaType is "image/jpeg" or "image/png")
            reasons.Add(new("photo", "The letter was read from a photo; check the grounds, dates and numbers against the letter itself.", null));

        // A page that matters is one a finding was read from, or, without findings, any page of the letter.
        var pagesThatMatter = doubts.Found.Count > 0
            ? doubts.Found.SelectMany(f => f.Factors.Append(f)).Select(f => f.Page).ToHashSet()
            : doubts.Document.Pages.Select(p => p.Number).ToHashSet();
        foreach (var page in doubts.Document.Pages.Where(p => p.Method == ReadingMethod.Ocr && pagesThatMatter.Contains(p.Number)))
        {
            if (page.OcrConfidence is { } confidence && confidence < options.LowOcrPageConfidence)
                reasons.Add(new("low-ocr-confidence", $"Page {page.Number} was read by OCR with low confidence ({confidence:0.00}); words and boxes may be misread.", page.Number));
        }
        // A finding whose own words were read poorly may be cut or bent: its quote cannot be trusted as the letter's words.
        foreach (var found in doubts.Found.Where(f => f.ReadByOcr && f.Confidence < options.LowFindingConfidence).Take(1))
            reasons.Add(new("low-ocr-confidence", "A reason was read by OCR with low confidence; its words may be cut or misread.", found.Page));

        return ReviewInfo.Of(reasons.DistinctBy(r => (r.Code, r.Page)).ToList());
    }

    private static int? FirstPage(IReadOnlyList<UnrecognizedText> items) => items.Count > 0 ? items[0].Page : null;
}

/// <summary>Where review begins. Calibrated on blind sets (see bench/README.md), not on any one letter.</summary>
/// <param name="ClearBoxConfidence">A scanned box read at least this sure (from its own ink) needs no check.</param>
public sealed record ReviewOptions(double LowOcrPageConfidence = 0.93, double LowFindingConfidence = 0.6, double ClearBoxConfidence = 0.9)
{
    public static ReviewOptions Default { get; } = new();
}
