using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterParser.Web.Tests.Support;

/// <summary>
/// The real app (real Hangfire in-memory storage and server, real pipeline) over a temporary data folder, in the
/// default server access mode. Requests come from loopback (which grants nothing) unless a test sends
/// <see cref="RemoteIpHeader"/> to pretend to be elsewhere. Rate limits are set high so that polling tests are not
/// refused; the tests of the limits set their own.
/// </summary>
public class LetterParserWebFactory : WebApplicationFactory<Program>
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "letterparser-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra configuration, e.g. <c>ApiKeys:0</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("RateLimits:UploadsPerMinute", "100000");
        builder.UseSetting("RateLimits:BatchesPerMinute", "100000");
        builder.UseSetting("RateLimits:StatusReadsPerMinute", "1000000");
        builder.UseSetting("RateLimits:MaxQueuedPerClient", "100000");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FakeRemoteIpStartupFilter>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDataFolder();
    }

    private void DeleteDataFolder()
    {
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>TestServer leaves RemoteIpAddress empty; the app's loopback rules need one.</summary>
    private sealed class FakeRemoteIpStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Connection.RemoteIpAddress is null)
                {
                    context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(RemoteIpHeader, out var ip)
                        ? IPAddress.Parse(ip.ToString())
                        : IPAddress.Loopback;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Small helpers for the API, so tests read as what they check.</summary>
public static class LetterApiClient
{
    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }
        return form;
    }

    /// <summary>The statusUrl of an upload's answer.</summary>
    public static string StatusUrl(this JsonElement accepted) => accepted.GetProperty("statusUrl").GetString()!;

    /// <summary>The reportUrl of an upload's answer.</summary>
    public static string ReportUrl(this JsonElement accepted) => accepted.GetProperty("reportUrl").GetString()!;

    /// <summary>The letter's secret, as the upload answer's links carry it.</summary>
    public static string Secret(this JsonElement accepted) => accepted.StatusUrl().Split("secret=")[1];

    /// <summary>The report page's own progress line for an upload's answer (its secret), in <paramref name="language"/>.</summary>
    public static async Task<JsonElement> ReadProgressAsync(this HttpClient client, JsonElement accepted, string language) =>
        await (await client.GetAsync($"/letters/{accepted.GetProperty("id").GetString()}/progress?secret={accepted.Secret()}&language={language}")).ReadJsonAsync();

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Uploads one letter and returns the 202 answer (id, statusUrl and reportUrl, with the secret).</summary>
    public static async Task<JsonElement> UploadAsync(this HttpClient client, string name, byte[] content)
    {
        var response = await client.PostAsync("/api/letters", Files((name, content)));
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>Polls the letter (its statusUrl, with the secret) until it is completed or failed (the Hangfire job runs in the background).</summary>
    public static async Task<JsonElement> WaitForLetterAsync(this HttpClient client, string statusUrl, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await (await client.GetAsync(statusUrl)).ReadJsonAsync();
            var state = status.GetProperty("status").GetString();
            if (state is "completed" or "failed")
                return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Letter still '{state}' after the timeout.");
            await Task.Delay(100);
        }
    }

    /// <summary>Signs in on /signin with <paramref name="apiKey"/> as a person would (form with its antiforgery token); returns the page it lands on.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string apiKey, string returnUrl)
    {
        var form = await client.GetStringAsync("/signin");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["apiKey"] = apiKey,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<JsonElement> WaitForBatchAsync(this HttpClient client, string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var batch = await (await client.GetAsync($"/api/batches/{id}")).ReadJsonAsync();
            if (batch.GetProperty("complete").GetBoolean())
                return batch;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Batch still running after the timeout.");
            await Task.Delay(100);
        }
    }
}
