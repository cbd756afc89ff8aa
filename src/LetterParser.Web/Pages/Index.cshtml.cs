using LetterParser.Core.Documents;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using LetterParser.Web.Letters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages;

/// <summary>The upload form: one letter goes to its report page, several letters (or a zip) to a batch page.</summary>
public sealed class IndexModel(LetterIntake intake, ClinicKeys keys) : PageModel
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
                var letter = await intake.SubmitLetterAsync(file[0], notifiedOn, keys.ClientOf(HttpContext), cancellationToken);
                // The secret rides in the link: the page works in any browser the person pastes it into.
                return Redirect(LetterAccess.Link($"/letters/{letter.Letter.Id}", letter.Secret));
            }
            var entered = keys.OwnerOf(apiKey);
            if ((entered ?? keys.BatchOwnerFor(HttpContext)) is not { } owner)
            {
                Error = "Several letters at once (or a .zip) make a clinic batch, which needs a clinic API key. Upload one letter at a time, or enter your key.";
                return Page();
            }
            // Signed in with the key just entered, so that the batch page and its CSV open without typing it again.
            if (entered is not null)
                await ClinicSignIn.SignInAsync(HttpContext, entered);
            var batch = await intake.SubmitBatchAsync(file, notifiedOn, owner, entered ?? keys.ClientOf(HttpContext), cancellationToken);
            return Redirect($"/batches/{batch.Batch.Id}");
        }
        catch (LetterInputException e)
        {
            Error = e.Message;
            return Page();
        }
        catch (QueueFullException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)QueueFullException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
    }
}
