using LetterParser.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterParser.Web.Tests.Pages;

/// <summary>
/// End to end in a real browser: the app on Kestrel on a loopback port, Debian's headless Chromium driven
/// by Playwright (the system browser, never a downloaded one). Runs alone: on two shared cores a browser
/// competing with the other test hosts turns page loads into timeouts.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class UploadPageBrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["urls"] = "http://127.0.0.1:0" } };
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _baseUrl = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install the Debian package 'chromium' (./test.sh does).");
        _factory.UseKestrel();
        _factory.StartServer();
        _baseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync();
        // Generous: CI runs the other test projects on the same two cores at the same time.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return page;
    }

    [Fact]
    public async Task LetterUploadedThroughThePageShowsItsFinishedReport()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_baseUrl + "/");

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = TestLetters.RefusalPdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my letter" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/letters/"));
        var finished = page.Locator("[data-status=completed], [data-status=failed]");
        // The report page refreshes itself until the job is done.
        await finished.First.WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal("completed", await finished.First.GetAttributeAsync("data-status"));
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Why the officer refused", text);
        Assert.Contains("based on your family ties in Canada", text);
        Assert.Contains("What you can do next", text);
        Assert.Contains("days left", text);
    }

    [Fact]
    public async Task FileThatIsNotALetterShowsWhyItCouldNotBeRead()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_baseUrl + "/");

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = "shopping list"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my letter" }).ClickAsync();

        var failed = page.Locator("[data-status=failed]");
        await failed.WaitForAsync(new() { Timeout = 120_000 });
        Assert.Contains("not a PDF", await failed.InnerTextAsync());
    }

    [Fact]
    public async Task ApiReferencePageRendersWithoutFetchingAnythingFromTheInternet()
    {
        var page = await NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:") && !request.Url.StartsWith("blob:"))
                elsewhere.Add(request.Url);
        };

        await page.GotoAsync(_baseUrl + "/scalar/v1", new() { WaitUntil = WaitUntilState.NetworkIdle });

        // The operations listed once the document is read, by their summaries.
        await page.GetByText("Upload one letter").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task FilesDroppedOnTheUploadBoxAreChosen()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_baseUrl + "/");

        await page.EvaluateAsync("""
            () => {
              const data = new DataTransfer();
              data.items.add(new File(['%PDF-1.7'], 'dropped.pdf', { type: 'application/pdf' }));
              document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
            }
            """);

        Assert.Equal("Chosen: dropped.pdf", await page.Locator("#file-list").InnerTextAsync());
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.getElementById('file').files.length"));
    }
}

[CollectionDefinition(nameof(BrowserCollection), DisableParallelization = true)]
public sealed class BrowserCollection;
