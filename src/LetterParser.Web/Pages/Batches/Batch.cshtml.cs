using LetterParser.Web.Batches;
using LetterParser.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Pages.Batches;

/// <summary>A clinic's batch: every letter, most urgent first, with links to each report and the CSV. Needs the clinic's sign-in.</summary>
public sealed class BatchModel(BatchViewQuery batchView, ClinicKeys keys) : LocalizedPageModel
{
    public BatchSnapshot Snapshot { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        UseLanguage();
        if (keys.BatchOwnerFor(HttpContext) is null)
            return Redirect("/signin?returnUrl=" + Uri.EscapeDataString($"/batches/{id}"));
        if (await batchView.ReadAsync(HttpContext, id, cancellationToken) is not { } snapshot)
            return NotFound();
        Snapshot = snapshot;
        if (!snapshot.Complete)
            ViewData["RefreshSeconds"] = 3;
        return Page();
    }
}
