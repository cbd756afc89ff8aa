using LetterParser.Core.Reports;
using LetterParser.Web.Batches;
using LetterParser.Web.Letters;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Pages.Letters;

/// <summary>
/// One letter's report for the person who uploaded it (its secret) or the clinic of its batch, in their official
/// language: the summary box first, then the report's sections; the PDF, calendar and delete actions. A letter of a batch
/// is joined with the GCMS printout of its application there (<see cref="BatchViewQuery.JoinedReportAsync"/>). While the
/// letter is read the page shows its place in the queue and updates that line by itself (report.js), without reloading.
/// </summary>
public sealed class ReportModel(ILetterStore store, LetterAccess access, BatchViewQuery batches, TimeProvider clock) : LocalizedPageModel
{
    public StoredLetter? Letter { get; private set; }

    /// <summary>The report laid out in the page's language; null while the letter is being read or after deletion.</summary>
    public ReportDocument? Document { get; private set; }

    public FindingsReport? Report => Document?.Report as FindingsReport;

    public ErrorDetail? Error { get; private set; }

    /// <summary>While the letter is read: its place in the queue or its stage, as the page's polling will update it.</summary>
    public LetterProgress? Progress { get; private set; }

    public DateOnly Today { get; private set; }

    public bool Deleted { get; private set; }

    /// <summary>True when at least one deadline is still open, so a calendar file has something in it.</summary>
    public bool HasOpenDeadline => Report is { } r && r.NextSteps.SelectMany(s => s.Deadlines).Any(d => DeadlineClock.IsOpen(DeadlineClock.DaysLeft(d, Today)));

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(HttpContext, id, cancellationToken) is not { } letter)
            return NotFound();
        access.RememberSecret(HttpContext, letter);
        Letter = letter;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        LetterReport? report = null;
        if (letter.IsFinished && await store.ReadReportJsonAsync(id, cancellationToken) is { } json)
            report = ReportJson.Deserialize(json);
        // A letter of a clinic batch is shown as the batch shows it: with the concerns of its GCMS printout under its grounds.
        if (report is not null)
            report = await batches.JoinedReportAsync(letter, report, cancellationToken);
        UseLanguage(report);
        if (report is not null)
            Document = ReportDocument.Build(report, new ReportView(Ui.Language, Today));
        Error = (report as ErrorReport)?.Error ?? letter.Failure;
        if (!letter.IsFinished)
        {
            Progress = await LetterProgress.OfAsync(letter, store, Ui, clock, cancellationToken);
            ViewData["NoScriptRefreshSeconds"] = 5;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        UseLanguage();
        // Deleting needs the same secret or batch key as reading: an id alone deletes nothing.
        if (await access.FindAsync(HttpContext, id, cancellationToken) is null)
            return NotFound();
        Deleted = await store.DeleteAsync(id, cancellationToken);
        if (!Deleted)
            return NotFound();
        return Page();
    }
}
