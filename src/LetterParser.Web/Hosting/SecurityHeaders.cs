namespace LetterParser.Web.Hosting;

/// <summary>
/// Headers that keep a report from leaking: no referrer (the URL is the key to the report), no framing,
/// no content sniffing, and a CSP allowing only this site's own files on the pages we render.
/// The Hangfire dashboard brings its own inline scripts, so it gets no CSP; the API reference page gets one of its own.
/// Reports, their JSON, the batch tables and the dashboard are never cached (<c>no-store</c>): a shared computer's
/// browser cache or a proxy must not keep a copy of someone's refusal letter.
/// </summary>
public static class SecurityHeaders
{
    private const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Scalar's page needs its inline script and styles, but nothing beyond this site: no fonts, scripts or requests
    // from elsewhere, whatever its defaults become in a later version.
    private const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                var path = context.Request.Path;
                if (path.StartsWithSegments("/api") || path.StartsWithSegments("/letters") || path.StartsWithSegments("/batches")
                    || path.StartsWithSegments("/hangfire") || path.StartsWithSegments("/signin"))
                {
                    headers.CacheControl = "no-store";
                }

                if (path.StartsWithSegments("/scalar"))
                {
                    headers["Content-Security-Policy"] = ApiReferenceContentSecurityPolicy;
                }
                else if (!path.StartsWithSegments("/hangfire"))
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
