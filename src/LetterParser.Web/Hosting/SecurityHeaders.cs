namespace LetterParser.Web.Hosting;

/// <summary>
/// Headers that keep a report from leaking: no referrer (the URL is the key to the report), no framing,
/// no content sniffing, and a CSP allowing only this site's own files on the pages we render.
/// The Hangfire dashboard and the API reference page bring their own inline scripts, so they get no CSP.
/// </summary>
public static class SecurityHeaders
{
    private const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                var path = context.Request.Path;
                if (!path.StartsWithSegments("/hangfire") && !path.StartsWithSegments("/scalar"))
                {
                    headers["Content-Security-Policy"] = PageContentSecurityPolicy;
                    headers["X-Frame-Options"] = "DENY";
                }
                else
                {
                    headers["Content-Security-Policy"] = "frame-ancestors 'none'";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
