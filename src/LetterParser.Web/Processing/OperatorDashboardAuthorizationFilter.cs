using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace LetterParser.Web.Processing;

/// <summary>
/// The Hangfire dashboard lists every letter id and can delete or requeue jobs, so it opens only to the operator:
/// HTTP basic authentication whose password is <c>Access:OperatorKey</c> (any user name), in every access mode and
/// from every address. Without a configured key it stays shut.
/// </summary>
public sealed class OperatorDashboardAuthorizationFilter(string? operatorKey) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (!string.IsNullOrEmpty(operatorKey) && PresentedPassword(http) is { } password &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(operatorKey)))
        {
            return true;
        }
        // Hangfire answers 401; the header makes a browser ask for the key.
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"LetterParser operator\", charset=\"UTF-8\"";
        return false;
    }

    private static string? PresentedPassword(HttpContext http)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header) ||
            !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':');
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
