using System.Net;
using LetterParser.Web.Letters;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Hosting;

/// <summary>The access model (docs/security.md): mode, clinic keys and sign-in, letter secrets, proxies, rate limits.</summary>
public static class AccessExtensions
{
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        var access = builder.Configuration.GetSection("Access").Get<AccessOptions>() ?? new AccessOptions();
        // A split deployment is a server by definition; personal mode is for one process on one person's machine.
        if (access.IsPersonal && Roles.Of(builder.Configuration) != AppRole.All)
            throw new InvalidOperationException("Access:Mode=personal is for one person's own machine; a web or worker role is a server deployment. Remove Access__Mode (server is the default) and give clinics ApiKeys.");

        var services = builder.Services;
        services.AddOptions<AccessOptions>().BindConfiguration("Access");
        services.AddSingleton<ClinicKeys>();
        services.AddScoped<LetterAccess>();
        services.AddLetterRateLimits();

        services.AddAuthentication(ClinicSignIn.Scheme).AddCookie(ClinicSignIn.Scheme, cookie =>
        {
            cookie.Cookie.Name = "lp-clinic";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
        });

        // Only the configured proxies may say who the client is. ASP.NET Core's defaults trust loopback, which is
        // exactly the proxy on the same host that would make every visitor look local.
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in access.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in access.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>Says at start-up which access mode this process runs in and what is closed for want of a key.</summary>
    public static void LogAccessMode(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<IOptions<AccessOptions>>().Value;
        var keys = app.Services.GetRequiredService<ClinicKeys>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LetterParser.Access");
        if (access.IsPersonal)
            log.LogWarning("Access mode: personal. For one person on their own machine: batches need no clinic key. Do not expose this address to anyone else (set Access__Mode=server for a server).");
        else
            log.LogInformation("Access mode: server. Reports open with their secret link, batches with a clinic key ({Keys} configured)", keys.Count);
        if (!access.IsPersonal && !keys.Any)
            log.LogWarning("No ApiKeys are configured: the batch API and batch pages refuse every request");
        if (string.IsNullOrEmpty(access.OperatorKey))
            log.LogInformation("No Access:OperatorKey is configured: the Hangfire dashboard is closed");
    }
}
