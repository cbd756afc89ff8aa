using LetterParser.Core.Documents;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages;

/// <summary>The upload form: one letter goes to its report page, several letters (or a zip) to a batch page.</summary>
public sealed class IndexModel(LetterIntake intake) : PageModel
{
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> file, DateOnly? notifiedOn, string? apiKey, CancellationToken cancellationToken)
    {
        if (file.Count == 0)
        {
            Error = "No file was chosen. Choose the letter file and try again.";
            return Page();
        }
        try
        {
            if (file.Count == 1 && !await LetterIntake.IsZipAsync(file[0], cancellationToken))
            {
                var letter = await intake.SubmitLetterAsync(file[0], notifiedOn, cancellationToken);
                return Redirect($"/letters/{letter.Id}");
            }
            if (!RequestAccess.IsClinicAllowed(HttpContext, apiKey))
            {
                Error = "Several letters at once (or a .zip) make a clinic batch, which needs a clinic API key. Upload one letter at a time, or enter your key.";
                return Page();
            }
            var batch = await intake.SubmitBatchAsync(file, notifiedOn, cancellationToken);
            return Redirect($"/batches/{batch.Id}");
        }
        catch (LetterInputException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
