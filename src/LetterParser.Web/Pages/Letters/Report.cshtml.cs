using LetterParser.Core.Reports;
using LetterParser.Web.Letters;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages.Letters;

/// <summary>
/// One letter's report for the person who uploaded it (its secret) or the clinic of its batch; refreshes itself until
/// the report is ready.
/// </summary>
public sealed class ReportModel(ILetterStore store, LetterAccess access, TimeProvider clock) : PageModel
{
    public StoredLetter Letter { get; private set; } = null!;

    public RefusalReport? Report { get; private set; }

    public ErrorDetail? Error { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(HttpContext, id, cancellationToken) is not { } letter)
            return NotFound();
        access.RememberSecret(HttpContext, letter);
        Letter = letter;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (letter.IsFinished && await store.ReadReportJsonAsync(id, cancellationToken) is { } json)
        {
            var report = ReportJson.Deserialize(json);
            Report = report as RefusalReport;
            Error = (report as ErrorReport)?.Error;
        }
        Error ??= letter.Failure;
        if (!letter.IsFinished)
            ViewData["RefreshSeconds"] = 2;
        return Page();
    }

    public int DaysLeft(Deadline deadline) => deadline.Date.DayNumber - Today.DayNumber;

    /// <summary>Urgent steps first, then the nearest deadline first; steps without a date keep their order.</summary>
    public IEnumerable<NextStep> OrderedSteps() => Report!.NextSteps
        .Select((step, i) => (step, i))
        .OrderBy(x => x.step.Urgent ? 0 : 1)
        .ThenBy(x => x.step.Deadlines.Count == 0 ? int.MaxValue : x.step.Deadlines.Min(d => d.Date.DayNumber))
        .ThenBy(x => x.i)
        .Select(x => x.step);
}
