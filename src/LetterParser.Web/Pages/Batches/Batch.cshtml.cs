using LetterParser.Web.Batches;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages.Batches;

/// <summary>A clinic's batch: every letter, most urgent first, with links to each report and the CSV.</summary>
public sealed class BatchModel(BatchReader reader) : PageModel
{
    public BatchSnapshot Snapshot { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(id, cancellationToken) is not { } snapshot)
            return NotFound();
        Snapshot = snapshot;
        if (!snapshot.Complete)
            ViewData["RefreshSeconds"] = 3;
        return Page();
    }
}
