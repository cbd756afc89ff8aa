using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Hosting;

/// <summary>
/// The clinic keys (<c>ApiKeys</c>) and the owner id each one stands for. A batch records the owner id of the key that
/// created it, never the key itself, and is read back only under the same key: sent as <c>X-Api-Key</c>, or
/// remembered by the sign-in cookie of the pages.
/// </summary>
public sealed class ClinicKeys
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The owner of what is made without a key in personal mode; it means nothing in server mode.</summary>
    public const string PersonalOwner = "personal";

    private readonly Dictionary<string, byte[]> _keysByOwner;

    public ClinicKeys(IConfiguration configuration, IOptions<AccessOptions> access)
    {
        Access = access.Value;
        _keysByOwner = (configuration.GetSection("ApiKeys").Get<string[]>() ?? [])
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Distinct()
            .ToDictionary(OwnerId, k => Encoding.UTF8.GetBytes(k));
    }

    public AccessOptions Access { get; }

    public bool Any => _keysByOwner.Count > 0;

    public int Count => _keysByOwner.Count;

    /// <summary>The owner id of <paramref name="presentedKey"/> when it is a configured key; compared in constant time.</summary>
    public string? OwnerOf(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
            return null;
        var presented = Encoding.UTF8.GetBytes(presentedKey);
        string? owner = null;
        foreach (var (id, key) in _keysByOwner)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, key))
                owner = id;
        }
        return owner;
    }

    /// <summary>
    /// The clinic this request speaks for: its <c>X-Api-Key</c>, or else (pages only) its sign-in cookie while that key
    /// is still configured, so that removing a key from the configuration ends its sessions too. The API takes the
    /// header only: its endpoints have no antiforgery token, and a cookie must never ride a forged request there.
    /// </summary>
    public string? ClinicOf(HttpContext context)
    {
        if (OwnerOf(context.Request.Headers[ApiKeyHeader]) is { } owner)
            return owner;
        if (context.Request.Path.StartsWithSegments("/api"))
            return null;
        var signedIn = context.User.FindFirstValue(ClinicSignIn.OwnerClaim);
        return signedIn is not null && _keysByOwner.ContainsKey(signedIn) ? signedIn : null;
    }

    /// <summary>Who may make a batch: a clinic, or in personal mode anyone (as the personal owner).</summary>
    public string? BatchOwnerFor(HttpContext context) =>
        ClinicOf(context) ?? (Access.IsPersonal ? PersonalOwner : null);

    /// <summary>Whether this request may read or change a batch (or a letter of it) owned by <paramref name="owner"/>.</summary>
    public bool MayUseBatchOf(HttpContext context, string? owner) =>
        owner is not null && (owner == ClinicOf(context) || (owner == PersonalOwner && Access.IsPersonal));

    /// <summary>
    /// Who is asking, for rate limits and the cap on queued work: the clinic when a key is presented, otherwise the
    /// address (after <c>X-Forwarded-For</c> from a known proxy). Hashed, because it is stored with each letter.
    /// </summary>
    public string ClientOf(HttpContext context) =>
        ClinicOf(context) ?? "ip-" + Hex(context.Connection.RemoteIpAddress?.ToString() ?? "unknown")[..16];

    /// <summary>Whether a <see cref="ClientOf"/> value is a clinic key rather than an address.</summary>
    public static bool IsClinic(string client) => client.StartsWith("key-", StringComparison.Ordinal);

    private static string OwnerId(string key) => "key-" + Hex(key)[..32];

    private static string Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}

/// <summary>The pages' sign-in for clinics: a cookie remembering the owner id of the key that was entered.</summary>
public static class ClinicSignIn
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OwnerClaim = "letterparser:clinic";

    public static Task SignInAsync(HttpContext context, string owner) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(OwnerClaim, owner)], Scheme)));

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);
}

/// <summary>Endpoint filter for the batch API: a valid <c>X-Api-Key</c> (or personal mode), else 401.</summary>
public sealed class ApiKeyEndpointFilter(ClinicKeys keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (keys.BatchOwnerFor(context.HttpContext) is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"The batch API needs a valid {ClinicKeys.ApiKeyHeader} header. Ask the service operator for a clinic key.");
        }
        return await next(context);
    }
}
