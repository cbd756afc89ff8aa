using Ical.Net;
using LetterParser.Web.Tests.Support;
using Microsoft.Playwright;

namespace LetterParser.Web.Tests.Pages;

/// <summary>
/// The report and batch pages in a real Chromium, as a person uses them: on a phone, in French, with the keyboard
/// alone, downloading the PDF and the calendar file, deleting the letter. Every page passes axe-core and leaves a
/// screenshot in artifacts/screenshots/. Runs alone, like the upload page's tests (shared two cores).
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ReportPagesBrowserTests : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async Task InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    /// <summary>A refusal from a visa office abroad (60 days to seek judicial review) dated so that <paramref name="daysLeft"/> remain.</summary>
    private static byte[] LetterWithDaysLeft(int daysLeft) => TestLetters.RefusalPdf(Iso(BrowserSession.Today.AddDays(daysLeft - 60)));

    [Fact]
    public async Task OnAPhoneTheSummaryWithTheDeadlineIsOnTheFirstScreen()
    {
        var letter = await _session.UploadAsync(LetterWithDaysLeft(5));
        var page = await _session.NewPageAsync(width: 390, height: 844);

        await _session.OpenReportAsync(page, letter);

        var deadline = page.Locator("#summary [data-summary=deadline]");
        Assert.Contains("5 days left", await deadline.InnerTextAsync());
        Assert.Contains(BrowserSession.Today.AddDays(5).Day.ToString(), await deadline.InnerTextAsync());
        var box = await deadline.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 844, $"The deadline ends at {box.Y + box.Height} px, below the first screen (844 px).");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
        Assert.Equal("Urgent", await page.Locator("#next h3 .badge, section.section-next h3 .badge").First.InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "report-phone-390");
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task APassedDeadlineSaysExtensionOnlyAndIsNeverUrgent()
    {
        var letter = await _session.UploadAsync(LetterWithDaysLeft(-400));
        var page = await _session.NewPageAsync();

        await _session.OpenReportAsync(page, letter);

        Assert.Contains("extension only", await page.Locator("#summary [data-summary=deadline]").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".badge").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Add the deadlines to my calendar (.ics)" }).CountAsync());
        await BrowserSession.ScreenshotAsync(page, "report-deadline-passed");
    }

    [Fact]
    public async Task AFrenchLetterGetsAFrenchPageAndTheSwitchGivesEnglish()
    {
        var letter = await _session.UploadAsync(TestLetters.FrenchRefusalPdf(), "lettre.pdf");
        var page = await _session.NewPageAsync(locale: "en-CA");

        await _session.OpenReportAsync(page, letter);

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Votre lettre expliquée", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("En bref", await page.Locator("#summary-heading").InnerTextAsync());
        Assert.Contains("Ce que vous pouvez faire ensuite", await page.Locator("main").InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "report-french");
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Read in English" }).ClickAsync();
        await page.Locator("[data-status=completed]").WaitForAsync();

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Your letter explained", await page.Locator("h1").InnerTextAsync());
        // The letter's own words stay French, marked as such for screen readers.
        Assert.Equal("fr", await page.Locator("blockquote").First.GetAttributeAsync("lang"));
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task TheUploadPageFollowsTheBrowsersLanguage()
    {
        var page = await _session.NewPageAsync(locale: "fr-CA");

        await page.GotoAsync(_session.BaseUrl + "/");

        Assert.Equal("Téléverser une lettre de refus", await page.Locator("h1").InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "upload-french");
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task TheReportDownloadsAsAPdfAndTheDeadlinesAsACalendar()
    {
        var letter = await _session.UploadAsync(LetterWithDaysLeft(40));
        var page = await _session.NewPageAsync();
        await _session.OpenReportAsync(page, letter);

        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" }).ClickAsync());
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync((await pdfDownload.PathAsync())!)))
        {
            var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("In short", first);
            Assert.Contains("40 days left", first);
        }

        var icsDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Add the deadlines to my calendar (.ics)" }).ClickAsync());
        Assert.EndsWith(".ics", icsDownload.SuggestedFilename);
        var calendar = Calendar.Load(await File.ReadAllTextAsync((await icsDownload.PathAsync())!))!;
        var deadline = Assert.Single(calendar.Events);
        Assert.Equal(BrowserSession.Today.AddDays(40), deadline.DtStart!.Date);
        Assert.False(deadline.DtStart.HasTime);
        Assert.Equal("-P7D", deadline.Alarms.Single().Trigger!.Duration.ToString());
        await BrowserSession.ScreenshotAsync(page, "report-desktop");
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task TheDeleteButtonAsksFirstAndThenDeletesTheLetter()
    {
        var letter = await _session.UploadAsync(LetterWithDaysLeft(30));
        var page = await _session.NewPageAsync();
        await _session.OpenReportAsync(page, letter);
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete this letter and its report now" });

        page.Dialog += DismissOnce;
        await delete.ClickAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _session.Http.GetAsync(letter.StatusUrl)).StatusCode);

        page.Dialog += async (_, dialog) =>
        {
            Assert.Contains("cannot be undone", dialog.Message);
            await dialog.AcceptAsync();
        };
        await delete.ClickAsync();
        await page.Locator("[data-status=deleted]").WaitForAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _session.Http.GetAsync(letter.StatusUrl)).StatusCode);
        await BrowserSession.AssertAccessibleAsync(page);

        async void DismissOnce(object? sender, IDialog dialog)
        {
            page.Dialog -= DismissOnce;
            await dialog.DismissAsync();
        }
    }

    [Fact]
    public async Task TheReportWorksWithTheKeyboardAlone()
    {
        var letter = await _session.UploadAsync(LetterWithDaysLeft(20));
        var page = await _session.NewPageAsync();
        await _session.OpenReportAsync(page, letter);

        // Tab from the top: the skip link comes first, then every control in order, each with a visible focus ring.
        var reached = new List<string>();
        for (var i = 0; i < 80 && !reached.Contains("Delete this letter and its report now"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                        return [ (e.innerText || e.value || e.id || '').trim(), s.outlineStyle, s.boxShadow ]; }
                """);
            Assert.True(focused[1] != "none" || focused[2] != "none", $"No visible focus on '{focused[0]}'.");
            reached.Add(focused[0]);
        }

        Assert.Equal("Skip to content", reached[0]);
        Assert.Contains("Download as PDF", reached);
        Assert.Contains("Lire en français", reached);
        Assert.Contains("Delete this letter and its report now", reached);

        // Enter on the language switch works like a click.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lire en français" }).FocusAsync();
        // Wait from before the key press, so a fast navigation cannot finish before the wait begins.
        var navigated = page.WaitForURLAsync(url => url.Contains("language=fr"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task AReceivedOnDateInTheFutureIsRefusedOnTheUploadPage()
    {
        var page = await _session.NewPageAsync();
        await page.GotoAsync(_session.BaseUrl + "/");

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = LetterWithDaysLeft(10) });
        // The field's max stops a date picker; a typed date still reaches the server, which refuses it too.
        await page.EvaluateAsync("() => document.getElementById('notifiedOn').removeAttribute('max')");
        await page.FillAsync("#notifiedOn", Iso(BrowserSession.Today.AddYears(4)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my letter" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        Assert.Contains("is after today", await alert.InnerTextAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#notifiedOn", "aria-invalid"));
        Assert.EndsWith("/", page.Url);
        await BrowserSession.ScreenshotAsync(page, "upload-future-date");
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ALetterJoinedWithItsGcmsPrintoutShowsWhatTheOfficerActuallyWroteUnderTheGround()
    {
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/batches")
        {
            Content = LetterApiClient.Files(("letter.pdf", LetterWithDaysLeft(40)), ("gcms.pdf", TestLetters.GcmsPrintoutPdf())),
        };
        upload.Headers.Add("X-Api-Key", BrowserSession.ClinicKey);
        var accepted = await (await _session.Http.SendAsync(upload)).ReadJsonAsync();
        var (letter, printout) = (accepted.GetProperty("letters")[0], accepted.GetProperty("letters")[1]);
        await _session.Http.WaitForLetterAsync(letter.StatusUrl());
        await _session.Http.WaitForLetterAsync(printout.StatusUrl());
        var page = await _session.NewPageAsync();

        await _session.OpenReportAsync(page, new UploadedLetter(letter.GetProperty("id").GetString()!, letter.StatusUrl(), letter.ReportUrl()));

        var grounds = await page.Locator("section.section-grounds").InnerTextAsync();
        Assert.Contains("What the officer actually wrote", grounds);
        Assert.Contains("parents and two brothers all live in Canada", grounds);
        Assert.Contains("lump sum deposit", await page.Locator("section.section-concerns").InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "report-joined-notes");
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task TheBatchPageListsActionableLettersFirstAndReadsOnAPhone()
    {
        var page = await _session.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(_session.BaseUrl + "/");
        await page.SetInputFilesAsync("#file", new[]
        {
            new FilePayload { Name = "passed.pdf", MimeType = "application/pdf", Buffer = LetterWithDaysLeft(-700) },
            new FilePayload { Name = "fresh.pdf", MimeType = "application/pdf", Buffer = LetterWithDaysLeft(58) },
            new FilePayload { Name = "five-days.pdf", MimeType = "application/pdf", Buffer = LetterWithDaysLeft(5) },
        });
        // A batch is a clinic's: its key goes in the folded "for clinics" part of the form.
        await page.Locator("details summary").ClickAsync();
        await page.FillAsync("#apiKey", BrowserSession.ClinicKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my letter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/batches/"));
        var rows = page.Locator("table.batch tbody tr");
        for (var i = 0; i < 240 && await page.Locator("tr[data-triage=queued], tr[data-triage=processing]").CountAsync() + (3 - await rows.CountAsync()) > 0; i++)
            await page.WaitForTimeoutAsync(500);

        var files = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.file)");
        var triage = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.triage)");
        Assert.Equal(["five-days.pdf", "fresh.pdf", "passed.pdf"], files);
        Assert.Equal(["urgent", "open", "deadline-passed"], triage);
        var first = await rows.First.InnerTextAsync();
        Assert.Contains(TestLetters.ApplicationNumber, first);
        Assert.Contains("5 days left", first);
        Assert.Contains("Deadline passed — extension only", await rows.Last.InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The batch page scrolls sideways on a phone.");
        await BrowserSession.ScreenshotAsync(page, "batch-phone-390");
        await BrowserSession.AssertAccessibleAsync(page);
    }
}
