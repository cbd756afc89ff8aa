using System.Globalization;
using System.Threading.RateLimiting;
using LetterParser.Web.Intake;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Hosting;

/// <summary>Configuration section <c>RateLimits</c>: how much one client (a clinic key, or else an address) may ask for.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Single-letter uploads per minute (API and upload page).</summary>
    public int UploadsPerMinute { get; set; } = 20;

    /// <summary>Batches created per minute.</summary>
    public int BatchesPerMinute { get; set; } = 10;

    /// <summary>Status and report reads per minute: the report page refreshes every 2 s, a script may poll faster.</summary>
    public int StatusReadsPerMinute { get; set; } = 600;

    /// <summary>Unfinished letters one address may have queued at once.</summary>
    public int MaxQueuedPerClient { get; set; } = 20;

    /// <summary>Unfinished letters one clinic key (or the one person of personal mode) may have queued at once.</summary>
    public int MaxQueuedPerKey { get; set; } = 3000;
}

/// <summary>
/// ASP.NET Core's rate limiter, one fixed one-minute window per client and kind of request. One table decides the kind,
/// so that the upload page and the API count against the same allowance. Refusals are 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddLetterRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var (kind, permits) = Classify(context.Request, options);
                if (kind is null)
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var client = context.RequestServices.GetRequiredService<ClinicKeys>().ClientOf(context);
                return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return TooManyAsync(rejected.HttpContext, retryAfter,
                    "Too many requests from you in the last minute. Wait a little, then try again.");
            };
        });
        return services;
    }

    /// <summary>429 with <c>Retry-After</c> in whole seconds: problem details for the API, a page for people.</summary>
    public static async ValueTask TooManyAsync(HttpContext context, TimeSpan retryAfter, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (ErrorPages.IsForPeople(context))
        {
            await ErrorPages.WriteAsync(context, "Please wait a moment", message);
            return;
        }
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = message },
        });
    }

    private static (string? Kind, int Permits) Classify(HttpRequest request, RateLimitOptions options)
    {
        var path = request.Path;
        if (HttpMethods.IsPost(request.Method))
        {
            if (path.StartsWithSegments("/api/batches"))
                return ("batches", options.BatchesPerMinute);
            // The upload page posts to "/" for one letter and for a batch alike: it counts as an upload.
            if (path.StartsWithSegments("/api/letters") || path == "/")
                return ("uploads", options.UploadsPerMinute);
        }
        if (HttpMethods.IsGet(request.Method) &&
            (path.StartsWithSegments("/api/letters") || path.StartsWithSegments("/api/batches") ||
             path.StartsWithSegments("/letters") || path.StartsWithSegments("/batches")))
        {
            return ("status", options.StatusReadsPerMinute);
        }

        return (null, 0);
    }
}
