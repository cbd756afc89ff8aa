using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using LetterParser.Web.Letters;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Pages;

/// <summary>The upload form: one letter goes to its report page, several letters (or a zip) to a batch page.</summary>
public sealed class IndexModel(LetterIntake intake, ClinicKeys keys, TimeProvider clock) : LocalizedPageModel
{
    public string? Error { get; private set; }

    /// <summary>The received-on date was refused (after today): the field is marked invalid and keeps its value.</summary>
    public bool DateRefused { get; private set; }

    public DateOnly? NotifiedOn { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public void OnGet() => UseLanguage();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> file, DateOnly? notifiedOn, string? apiKey, CancellationToken cancellationToken)
    {
        UseLanguage();
        NotifiedOn = notifiedOn;
        if (NotifiedDate.Problem(notifiedOn, Today, Ui) is { } problem)
        {
            // Refused before anything is stored: a typo in the year would silently remove the urgent deadline.
            Error = problem;
            DateRefused = true;
            return Page();
        }
        if (file.Count == 0)
        {
            Error = Ui["upload.noFile"];
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
                Error = Ui["upload.needsKey"];
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
