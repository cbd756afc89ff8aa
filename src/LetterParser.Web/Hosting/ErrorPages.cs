using System.Text.Encodings.Web;
using LetterParser.Web.Intake;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Hosting;

/// <summary>
/// Errors as people read them: a short page instead of problem JSON when the request came from the pages (an
/// oversized upload, too many requests, an unknown report). The API keeps its problem details.
/// </summary>
public static class ErrorPages
{
    /// <summary>Everything but the API, the dashboard, the OpenAPI document and health is a page for people.</summary>
    public static bool IsForPeople(HttpContext context)
    {
        var path = context.Request.Path;
        return !(path.StartsWithSegments("/api") || path.StartsWithSegments("/hangfire") || path.StartsWithSegments("/openapi")
                 || path.StartsWithSegments("/health") || path.StartsWithSegments("/scalar"));
    }

    public static async Task WriteAsync(HttpContext context, string title, string message)
    {
        var html = HtmlEncoder.Default;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(title)} - LetterParser</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main"><h1>{html.Encode(title)}</h1>
            <div class="error" role="alert">{html.Encode(message)}</div>
            <p><a href="/">Back to the upload page</a></p></main></body>
            </html>
            """);
    }

    /// <summary>
    /// For <c>UseStatusCodePages</c>: an error without a body becomes a page for people, problem details elsewhere. A
    /// 400 on a body larger than the limit is the antiforgery check failing to read the truncated form: it is a 413.
    /// </summary>
    public static async Task StatusCodePageAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (!IsForPeople(context))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = context.Response.StatusCode } });
            return;
        }
        var maxBytes = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxRequestBytes;
        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && context.Request.ContentLength > maxBytes)
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var (title, message) = For(context.Response.StatusCode, maxBytes);
        await WriteAsync(context, title, message);
    }

    /// <summary>The message for an empty error response of <paramref name="status"/> on a page.</summary>
    public static (string Title, string Message) For(int status, long maxRequestBytes) => status switch
    {
        StatusCodes.Status404NotFound => ("Not found",
            "There is nothing here, or not for you: a report opens only through the full link you were given when you uploaded the letter, and a clinic's batch only after signing in with its key. Reports are deleted after the retention period."),
        StatusCodes.Status413PayloadTooLarge => ("The upload is too large",
            $"Everything sent at once must stay under {maxRequestBytes / (1024 * 1024)} MB. Upload only the refusal letter, or send a batch in smaller parts."),
        StatusCodes.Status400BadRequest => ("The upload could not be read",
            "The form arrived incomplete or damaged. Reload the upload page and try again."),
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => ("Sign-in needed",
            "This page is for a clinic: sign in with its key first."),
        _ => ("Something went wrong", "The request could not be completed. Try again later."),
    };
}

/// <summary>
/// A request body over <c>Uploads:MaxRequestBytes</c>: Kestrel's 413 or the multipart reader's limit. The upload page
/// gets a page saying what the limit is; the API gets problem details with 413 instead of a 500.
/// </summary>
public sealed class OversizedRequestHandler(IProblemDetailsService problems, IOptions<UploadOptions> uploads) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var oversized = exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || (exception is InvalidDataException && exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
        if (!oversized)
            return false;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var (title, message) = ErrorPages.For(StatusCodes.Status413PayloadTooLarge, uploads.Value.MaxRequestBytes);
        if (ErrorPages.IsForPeople(context))
        {
            await ErrorPages.WriteAsync(context, title, message);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = title, Detail = message },
        });
    }
}
