using LetterParser.Core.Reports;
using LetterParser.Web.Intake;
using Scalar.AspNetCore;

namespace LetterParser.Web.Hosting;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Listening address, request size caps, problem details, JSON conventions shared with ReportJson,
    /// OpenAPI and Razor Pages.
    /// </summary>
    public static WebApplicationBuilder AddWebHost(this WebApplicationBuilder builder)
    {
        // Loopback by default: exposing the service is an operator's decision (ASPNETCORE_URLS / --urls).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);

        var uploads = builder.Configuration.GetSection("Uploads").Get<UploadOptions>() ?? new UploadOptions();
        builder.Services.AddOptions<UploadOptions>().BindConfiguration("Uploads");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = uploads.MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = uploads.MaxRequestBytes;
            form.ValueCountLimit = uploads.MaxBatchFiles + 16;
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<OversizedRequestHandler>();
        builder.Services.ConfigureHttpJsonOptions(json => ReportJson.Configure(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddRazorPages();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// Forwarded headers (known proxies only), error handling, security headers, static files, sign-in, rate limits,
    /// pages, OpenAPI + Scalar, health. <c>AllowedHosts</c> is enforced before all of it by the host's own filter.
    /// </summary>
    public static WebApplication UseWebHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(ErrorPages.StatusCodePageAsync);
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapOpenApi();
        // Scalar's page would load its fonts from fonts.scalar.com: a page of this service fetches nothing from the internet.
        app.MapScalarApiReference(scalar => scalar.DefaultFonts = false);
        app.MapHealthEndpoints();
        app.MapRazorPages();
        app.LogAccessMode();
        return app;
    }
}
