using System.Text.Json;
using System.Text.Json.Serialization;
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
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        builder.Services.AddOpenApi();
        builder.Services.AddRazorPages();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Error handling, security headers, static files, pages, OpenAPI + Scalar, health.</summary>
    public static WebApplication UseWebHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthEndpoints();
        app.MapRazorPages();
        return app;
    }
}
