using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace LetterParser.Web.Hosting;

/// <summary>Who may call what: loopback checks and clinic API keys.</summary>
public static class RequestAccess
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    /// <summary>
    /// True when <paramref name="presentedKey"/> matches one of the configured <c>ApiKeys</c>; with none
    /// configured, only loopback requests are allowed (a fresh install is usable on the machine itself only).
    /// </summary>
    public static bool IsClinicAllowed(HttpContext context, string? presentedKey)
    {
        var keys = context.RequestServices.GetRequiredService<IConfiguration>().GetSection("ApiKeys").Get<string[]>()
            ?.Where(k => !string.IsNullOrWhiteSpace(k)).ToArray() ?? [];
        if (keys.Length == 0)
            return IsLoopback(context);
        if (string.IsNullOrEmpty(presentedKey))
            return false;
        var presented = Encoding.UTF8.GetBytes(presentedKey);
        var match = false;
        foreach (var key in keys)
            match |= CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(key));
        return match;
    }
}

/// <summary>Endpoint filter for the batch API: <c>X-Api-Key</c> must match a configured key.</summary>
public sealed class ApiKeyEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!RequestAccess.IsClinicAllowed(http, http.Request.Headers[RequestAccess.ApiKeyHeader]))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"The batch API needs a valid {RequestAccess.ApiKeyHeader} header. Ask the service operator for a clinic key.");
        }
        return await next(context);
    }
}
