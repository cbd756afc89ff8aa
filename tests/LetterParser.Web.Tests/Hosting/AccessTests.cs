using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LetterParser.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static LetterParser.Web.Tests.Support.LetterApiClient;

namespace LetterParser.Web.Tests.Hosting;

/// <summary>
/// The access model in server mode: no address, host or forwarded header grants anything; letters open with their
/// secret, batches with the key that made them, the dashboard with the operator key.
/// </summary>
public sealed class AccessTests : IAsyncLifetime
{
    private const string ClinicA = "clinic-a-key";
    private const string ClinicB = "clinic-b-key";
    private const string OperatorKey = "operator-key-for-tests";

    private readonly LetterParserWebFactory _factory = new()
    {
        Settings =
        {
            ["ApiKeys:0"] = ClinicA,
            ["ApiKeys:1"] = ClinicB,
            ["Access:OperatorKey"] = OperatorKey,
            // The test server's requests come from 127.0.0.1: it stands for a reverse proxy on the same host.
            ["Access:KnownProxies:0"] = "127.0.0.1",
        },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task LetterWithoutItsSecretIsNotFoundEvenFromLoopback()
    {
        using var client = _factory.CreateClient();
        var accepted = await client.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        var id = accepted.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/letters/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/letters/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/letters/{id}?secret=AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/letters/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(accepted.StatusUrl())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(accepted.ReportUrl())).StatusCode);
    }

    [Fact]
    public async Task SecretWorksAsAHeaderForApiClients()
    {
        using var client = _factory.CreateClient();
        var accepted = await client.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        var secret = accepted.StatusUrl().Split("secret=")[1];
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/letters/{accepted.GetProperty("id").GetString()}");
        request.Headers.Add("X-Letter-Secret", secret);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ReportPageRemembersTheSecretInAStrictHttpOnlyCookieForThatBrowser()
    {
        using var browser = _factory.CreateClient();
        var accepted = await browser.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        var id = accepted.GetProperty("id").GetString();

        var page = await browser.GetAsync(accepted.ReportUrl());

        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"lp-letter-{id}="));
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/letters/{id}")).StatusCode);
        // The API takes no cookie: nothing may ride a forged request there.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/letters/{id}")).StatusCode);
        using var other = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/letters/{id}")).StatusCode);
    }

    [Fact]
    public async Task ForeignHostIsRefusedFromLoopbackEvenWithTheRightSecretAndKey()
    {
        using var client = _factory.CreateClient();
        var accepted = await client.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        using var rebinding = _factory.CreateClient();
        rebinding.DefaultRequestHeaders.Host = "attacker.example";
        rebinding.DefaultRequestHeaders.Add("X-Api-Key", ClinicA);

        Assert.Equal(HttpStatusCode.BadRequest, (await rebinding.GetAsync(accepted.StatusUrl())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rebinding.GetAsync(accepted.ReportUrl())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rebinding.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
    }

    [Fact]
    public async Task ForwardedAddressFromAConfiguredProxyGrantsNothing()
    {
        using var clinic = KeyClient(ClinicA);
        var batchId = (await (await clinic.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).ReadJsonAsync()).GetProperty("id").GetString();
        var letter = await clinic.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        using var forwarded = _factory.CreateClient();
        forwarded.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");

        Assert.Equal(HttpStatusCode.NotFound, (await forwarded.GetAsync($"/api/letters/{letter.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forwarded.GetAsync($"/api/batches/{batchId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forwarded.GetAsync($"/api/batches/{batchId}/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forwarded.GetAsync($"/batches/{batchId}/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forwarded.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task BatchIsReadAndItsLettersOpenedOnlyUnderTheKeyThatMadeIt()
    {
        using var clinicA = KeyClient(ClinicA);
        using var clinicB = KeyClient(ClinicB);
        var accepted = await (await clinicA.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString();
        var letterId = accepted.GetProperty("letters")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await clinicA.GetAsync($"/api/batches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinicA.GetAsync($"/api/letters/{letterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinicA.GetAsync($"/batches/{id}/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicB.GetAsync($"/api/batches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicB.GetAsync($"/api/batches/{id}/report.jsonl")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicB.GetAsync($"/batches/{id}/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicB.GetAsync($"/api/letters/{letterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicB.DeleteAsync($"/api/letters/{letterId}")).StatusCode);
        // The clinic can hand one report to its applicant: each letter's own links carry its secret.
        using var applicant = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(accepted.GetProperty("letters")[0].StatusUrl())).StatusCode);
    }

    [Fact]
    public async Task DashboardRefusesEveryoneWithoutTheOperatorKeyEvenFromLoopback()
    {
        using var client = _factory.CreateClient();
        using var clinic = KeyClient(ClinicA);
        using var wrong = _factory.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = Basic("operator", "guess");

        var refused = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Basic", refused.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await clinic.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task DashboardOpensWithTheOperatorKey()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = Basic("operator", OperatorKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task LetterIdIsNeverWrittenToTheLog()
    {
        var log = new CapturedLog();
        await using var logged = _factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log).SetMinimumLevel(LogLevel.Trace)));
        using var client = logged.CreateClient();
        var accepted = await client.UploadAsync("letter.pdf", TestLetters.RefusalPdf());
        await client.WaitForLetterAsync(accepted.StatusUrl());
        var id = accepted.GetProperty("id").GetString()!;
        var secret = accepted.StatusUrl().Split("secret=")[1];

        // The job logs its outcome just after it saves the report the client saw: give that line its moment.
        for (var waited = 0; waited < 100 && !log.Lines.Any(line => line.Contains("processed")); waited++)
            await Task.Delay(100);
        Assert.Contains(log.Lines, line => line.Contains("processed"));
        Assert.DoesNotContain(log.Lines, line => line.Contains(id) || line.Contains(secret));
    }

    private HttpClient KeyClient(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}

public sealed class AccessModeTests
{
    [Fact]
    public async Task PersonalModeSaysSoAtStartUpAndStillKeepsTheDashboardShut()
    {
        var log = new CapturedLog();
        await using var factory = new LetterParserWebFactory { Settings = { ["Access:Mode"] = "personal" } };
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        using var client = logged.CreateClient();

        var dashboard = await client.GetAsync("/hangfire");

        Assert.Contains(log.Lines, line => line.Contains("Access mode: personal"));
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
    }

    [Fact]
    public async Task ServerIsTheDefaultModeAndSaysSo()
    {
        var log = new CapturedLog();
        await using var factory = new LetterParserWebFactory();
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        using var client = logged.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
        Assert.Contains(log.Lines, line => line.Contains("Access mode: server"));
    }

    [Fact]
    public void PersonalModeIsRefusedForAWebRole()
    {
        using var factory = new LetterParserWebFactory { Settings = { ["Access:Mode"] = "personal", ["Role"] = "web" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Access:Mode=personal", error.ToString());
    }
}
