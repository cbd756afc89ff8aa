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
/// The real app (real Hangfire in-memory storage and server, real pipeline) over a temporary data folder.
/// Requests come from loopback unless a test sends <see cref="RemoteIpHeader"/> to pretend to be elsewhere.
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

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Polls the letter until it is completed or failed (the Hangfire job runs in the background).</summary>
    public static async Task<JsonElement> WaitForLetterAsync(this HttpClient client, string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await (await client.GetAsync($"/api/letters/{id}")).ReadJsonAsync();
            var state = status.GetProperty("status").GetString();
            if (state is "completed" or "failed")
                return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Letter still '{state}' after the timeout.");
            await Task.Delay(100);
        }
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
