using LetterParser.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages;

/// <summary>A clinic signs in with its API key to see its batches on the pages; the key itself is not stored in the cookie.</summary>
public sealed class SignInModel(ClinicKeys keys) : PageModel
{
    public string? Error { get; private set; }

    public bool SignedIn { get; private set; }

    public void OnGet() => SignedIn = keys.ClinicOf(HttpContext) is not null;

    public async Task<IActionResult> OnPostAsync(string? apiKey, string? returnUrl)
    {
        if (keys.OwnerOf(apiKey) is not { } owner)
        {
            Error = "That key is not one of this service's clinic keys. Check it with the service operator.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await ClinicSignIn.SignInAsync(HttpContext, owner);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await ClinicSignIn.SignOutAsync(HttpContext);
        return LocalRedirect("/");
    }
}
