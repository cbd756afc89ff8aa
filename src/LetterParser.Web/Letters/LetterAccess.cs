using LetterParser.Web.Hosting;
using LetterParser.Web.Storage;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Letters;

/// <summary>
/// Who may open a letter: whoever presents its secret (the <c>secret</c> query parameter of the links an upload
/// returns, the <c>X-Letter-Secret</c> header, or on the pages the cookie set when the report was first opened), and
/// the clinic whose key owns the letter's batch. Anyone else gets the same 404 as for a letter that does not exist,
/// so that an id alone says nothing, not even that the letter is there.
/// </summary>
public sealed class LetterAccess(ILetterStore letters, IBatchStore batches, ClinicKeys keys, IOptions<RetentionOptions> retention)
{
    public const string SecretParameter = "secret";
    public const string SecretHeader = "X-Letter-Secret";

    public static string CookieName(string id) => "lp-letter-" + id;

    /// <summary>The link to a letter's status JSON or report page, carrying its secret.</summary>
    public static string Link(string path, string secret) => $"{path}?{SecretParameter}={Uri.EscapeDataString(secret)}";

    /// <summary>The letter when this request may open it; null when it does not exist or may not be opened.</summary>
    public async Task<StoredLetter?> FindAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (await letters.FindAsync(id, cancellationToken) is not { } letter)
            return null;
        if (LetterSecret.Matches(PresentedSecret(context, id), letter.SecretHash))
            return letter;
        if (letter.BatchId is { } batchId && await batches.FindAsync(batchId, cancellationToken) is { } batch && keys.MayUseBatchOf(context, batch.Owner))
            return letter;
        return null;
    }

    /// <summary>
    /// After the report page was opened through its link, remembers the secret in a cookie for this letter, so that
    /// the page's own links (downloads, deletion) work without repeating it. HttpOnly and SameSite=Strict: no script
    /// reads it and no other site's request carries it; it lasts as long as the letter is kept.
    /// </summary>
    public void RememberSecret(HttpContext context, StoredLetter letter)
    {
        if (context.Request.Query[SecretParameter].ToString() is not { Length: > 0 } secret || !LetterSecret.Matches(secret, letter.SecretHash))
            return;
        context.Response.Cookies.Append(CookieName(letter.Id), secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromDays(Math.Max(1, retention.Value.Days)),
            IsEssential = true,
        });
    }

    private static string? PresentedSecret(HttpContext context, string id)
    {
        var request = context.Request;
        if (request.Query[SecretParameter].ToString() is { Length: > 0 } query)
            return query;
        if (request.Headers[SecretHeader].ToString() is { Length: > 0 } header)
            return header;
        // As with the clinic cookie, the API takes no cookie: nothing may ride a forged request there.
        return request.Path.StartsWithSegments("/api") ? null : request.Cookies[CookieName(id)];
    }
}
