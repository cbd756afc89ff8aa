using System.Text.Json;
using LetterParser.Core.Reports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterParser.Web.Tests.Support;

/// <summary>
/// The app on Kestrel on a loopback port and Debian's headless Chromium driven by Playwright (the system browser,
/// never a downloaded one), with the two checks every page gets: axe-core (from npm, injected into the page; no
/// serious or critical violation) and a screenshot saved under artifacts/screenshots/ for people to look at.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A clinic's key, for the tests that upload a batch as a clinic does.</summary>
    public const string ClinicKey = "browser-test-clinic-key";

    private readonly LetterParserWebFactory _factory = new() { Settings = { ["urls"] = "http://127.0.0.1:0", ["ApiKeys:0"] = ClinicKey } };
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public string BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static string ScreenshotFolder => Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task<BrowserSession> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install the Debian package 'chromium' (./test.sh does).");
        var session = new BrowserSession();
        session._factory.UseKestrel();
        session._factory.StartServer();
        session.BaseUrl = session._factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        session.Http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return session;
    }

    /// <summary>A fresh page (own cookies) in a window of the given size; 390 × 844 is a phone.</summary>
    /// <param name="locale">The browser's language, sent as Accept-Language.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "en-CA")
    {
        // Bypassing the page's CSP lets the test inject axe-core; the app's own scripts are unaffected.
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = true,
            AcceptDownloads = true,
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        // Generous: CI runs the other test projects on the same two cores at the same time.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }

    /// <summary>Uploads one letter through the API and waits for its report; returns its links, which carry its secret.</summary>
    public async Task<UploadedLetter> UploadAsync(byte[] pdf, string fileName = "letter.pdf", DateOnly? notifiedOn = null)
    {
        using var form = LetterApiClient.Files((fileName, pdf));
        if (notifiedOn is { } day)
            form.Add(new StringContent(day.ToString("yyyy-MM-dd")), "notifiedOn");
        var accepted = await (await Http.PostAsync("/api/letters", form)).ReadJsonAsync();
        var letter = new UploadedLetter(accepted.GetProperty("id").GetString()!, accepted.StatusUrl(), accepted.ReportUrl());
        await Http.WaitForLetterAsync(letter.StatusUrl);
        return letter;
    }

    /// <summary>Opens a letter's report and waits until it is shown.</summary>
    /// <param name="query">More query parameters, as "&amp;name=value".</param>
    public async Task OpenReportAsync(IPage page, UploadedLetter letter, string query = "")
    {
        await page.GotoAsync($"{BaseUrl}{letter.ReportUrl}{query}");
        await page.Locator("[data-status=completed], [data-status=failed]").First.WaitForAsync(new() { Timeout = 120_000 });
    }

    /// <summary>Runs axe-core in the page and fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = Path.Combine(RepositoryRoot(), "tests", "LetterParser.Web.Tests", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
            throw new InvalidOperationException($"{axe} is missing: run 'npm ci' in tests/LetterParser.Web.Tests (./test.sh does).");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(axe) });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", found));
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });
    }

    /// <summary>Today as the app counts it (local date), for letters dated relative to it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LetterParser.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("LetterParser.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A letter uploaded by a test: its id and the two links the upload answer gave, each carrying its secret.</summary>
public sealed record UploadedLetter(string Id, string StatusUrl, string ReportUrl);
