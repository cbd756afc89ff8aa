using System.Net;
using System.Text.Json;
using LetterParser.Web.Tests.Support;
using static LetterParser.Web.Tests.Support.LetterApiClient;

namespace LetterParser.Web.Tests.Letters;

public sealed class LettersApiTests(LetterParserWebFactory factory) : IClassFixture<LetterParserWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task UploadedLetterIsAcceptedWithUnguessableIdAndLinksCarryingItsSecret()
    {
        var response = await _client.PostAsync("/api/letters", Files(("letter.pdf", TestLetters.RefusalPdf())));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", id);
        Assert.Matches($"^/api/letters/{id}\\?secret=[A-Za-z0-9_-]{{22}}$", accepted.StatusUrl());
        Assert.Matches($"^/letters/{id}\\?secret=[A-Za-z0-9_-]{{22}}$", accepted.ReportUrl());
        Assert.Equal(accepted.StatusUrl(), response.Headers.Location?.OriginalString);
        Assert.NotEqual(id, accepted.StatusUrl().Split("secret=")[1]);
    }

    [Fact]
    public async Task UploadedLetterIsProcessedIntoACompletedReport()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("letter.pdf", TestLetters.RefusalPdf())))).ReadJsonAsync();

        var status = await _client.WaitForLetterAsync(accepted.StatusUrl());

        Assert.Equal("completed", status.GetProperty("status").GetString());
        var report = status.GetProperty("report");
        Assert.Equal("1", report.GetProperty("schemaVersion").GetString());
        Assert.Equal("letter.pdf", report.GetProperty("source").GetProperty("fileName").GetString());
        Assert.Equal(TestLetters.ApplicationNumber, report.GetProperty("letter").GetProperty("applicationNumber").GetString());
        var grounds = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("groundId").GetString()).ToList();
        Assert.Contains("will-not-leave", grounds);
        Assert.Contains("ability-to-perform-work", grounds);
    }

    [Fact]
    public async Task AFrenchLetterGetsAFrenchReportAndEnglishOnRequest()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("lettre.pdf", TestLetters.FrenchRefusalPdf())))).ReadJsonAsync();

        var status = await _client.WaitForLetterAsync(accepted.StatusUrl());
        // Razor writes accents as character references; decode to compare with the words a reader sees.
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync(accepted.ReportUrl()));

        Assert.Equal("completed", status.GetProperty("status").GetString());
        var report = status.GetProperty("report");
        Assert.Equal("fr", report.GetProperty("source").GetProperty("language").GetString());
        Assert.Equal("fr", report.GetProperty("reportLanguage").GetString());
        Assert.Equal("Contrôle judiciaire à la Cour fédérale", report.GetProperty("nextSteps").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "judicial-review").GetProperty("title").GetString());
        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("Cette lettre est rédigée en français", page);

        var json = await (await _client.GetAsync(accepted.StatusUrl() + "&language=en")).ReadJsonAsync();
        Assert.Equal("en", json.GetProperty("report").GetProperty("reportLanguage").GetString());

        using var english = factory.CreateClient();
        var inEnglish = await english.GetStringAsync(accepted.ReportUrl() + "&language=en");
        Assert.Contains("<html lang=\"en\">", inEnglish);
        Assert.Contains("This letter was written in French", inEnglish);
        Assert.Contains("Judicial review in the Federal Court", inEnglish);
    }

    [Fact]
    public async Task AReceivedOnDateAfterTodayIsRefusedWithProblemDetails()
    {
        using var form = Files(("letter.pdf", TestLetters.RefusalPdf()));
        form.Add(new StringContent(DateOnly.FromDateTime(DateTime.Today).AddYears(4).ToString("yyyy-MM-dd")), "notifiedOn");

        var response = await _client.PostAsync("/api/letters", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("notified-in-future", problem.GetProperty("code").GetString());
        Assert.Contains("is after today", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AReceivedOnDateBeforeTheLetterDateIsNotUsedAndTheReportAsksForReview()
    {
        using var form = Files(("letter.pdf", TestLetters.RefusalPdf("2026-11-20")));
        form.Add(new StringContent("2026-11-01"), "notifiedOn");
        var accepted = await (await _client.PostAsync("/api/letters", form)).ReadJsonAsync();

        var report = (await _client.WaitForLetterAsync(accepted.StatusUrl())).GetProperty("report");

        Assert.True(report.GetProperty("review").GetProperty("needed").GetBoolean());
        Assert.Contains(report.GetProperty("review").GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "notified-before-letter-date");
        var deadline = report.GetProperty("nextSteps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "judicial-review")
            .GetProperty("deadlines")[0];
        Assert.Equal("2027-01-19", deadline.GetProperty("date").GetString());
    }

    [Fact]
    public async Task TheProgressOfAFinishedLetterSaysSoInThePagesLanguage()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("letter.pdf", TestLetters.RefusalPdf())))).ReadJsonAsync();
        await _client.WaitForLetterAsync(accepted.StatusUrl());
        var id = accepted.GetProperty("id").GetString()!;

        var progress = await (await _client.GetAsync($"/letters/{id}/progress?secret={accepted.Secret()}&language=fr")).ReadJsonAsync();

        Assert.True(progress.GetProperty("finished").GetBoolean());
        Assert.Equal("completed", progress.GetProperty("status").GetString());
        Assert.Equal("terminé", progress.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/letters/AAAAAAAAAAAAAAAAAAAAAA/progress")).StatusCode);
    }

    [Fact]
    public async Task WhileAScanIsReadTheProgressSaysWhichPageOcrIsOnInThePagesLanguage()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("scan.pdf", TestLetters.ScannedPdf(2))))).ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        var seen = new HashSet<string>();
        var deadline = DateTime.UtcNow.AddSeconds(120);

        // Each page takes OCR a second or more; polled far more often than that, every page is seen, in both languages.
        var finished = false;
        while (!finished && DateTime.UtcNow < deadline)
        {
            foreach (var language in new[] { "en", "fr" })
            {
                var progress = await (await _client.GetAsync($"/letters/{id}/progress?secret={accepted.Secret()}&language={language}")).ReadJsonAsync();
                seen.Add(progress.GetProperty("message").GetString()!);
                finished |= progress.GetProperty("finished").GetBoolean();
            }
            await Task.Delay(20);
        }

        Assert.Contains("Reading the scan with OCR: page 1 of 2", seen);
        Assert.Contains("Reading the scan with OCR: page 2 of 2", seen);
        Assert.Contains(seen, m => m is "Lecture du scan par OCR : page 1 sur 2" or "Lecture du scan par OCR : page 2 sur 2");
        Assert.Equal("completed", (await _client.WaitForLetterAsync(accepted.StatusUrl())).GetProperty("status").GetString());
    }

    [Fact]
    public async Task WhileQueuedTheProgressCountsTheLettersAheadWithSingleLettersBeforeAnEarlierBatch()
    {
        // No job server: nothing leaves the queue while the test reads it.
        await using var queueOnly = new LetterParserWebFactory { Settings = { ["Processing:RunServer"] = "false", ["ApiKeys:0"] = "queue-clinic-key" } };
        using var clinic = queueOnly.CreateClient();
        clinic.DefaultRequestHeaders.Add("X-Api-Key", "queue-clinic-key");

        var seen = await QueueScenario.BatchThenTwoSinglesAsync(clinic, queueOnly.CreateClient());

        Assert.Equal(QueueScenario.Expected, seen);
    }

    [Fact]
    public async Task TheReportDownloadsAsAPdfInTheLanguageAskedFor()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("letter.pdf", TestLetters.RefusalPdf())))).ReadJsonAsync();
        await _client.WaitForLetterAsync(accepted.StatusUrl());
        var id = accepted.GetProperty("id").GetString()!;

        var response = await _client.GetAsync($"/api/letters/{id}/report.pdf?secret={accepted.Secret()}&language=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("En bref", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/letters/AAAAAAAAAAAAAAAAAAAAAA/report.pdf")).StatusCode);
        // The report page's own link takes the page's cookie, so a client that never opened the page gets nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/letters/{id}/report.pdf")).StatusCode);
    }

    [Fact]
    public async Task ReportPageShowsGroundsInTheLettersOwnWordsAndDeadlinesWithDaysLeft()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("letter.pdf", TestLetters.RefusalPdf())))).ReadJsonAsync();
        await _client.WaitForLetterAsync(accepted.StatusUrl());

        var page = await _client.GetStringAsync(accepted.ReportUrl());

        Assert.Contains("Why the officer refused", page);
        Assert.Contains("family ties in Canada", page);
        Assert.Contains("What you can do next", page);
        Assert.Contains("days left", page);
        Assert.Contains("Evidence checklist", page);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page);
    }

    [Fact]
    public async Task EmptyFileIsRefusedAtOnceWithProblemDetails()
    {
        var response = await _client.PostAsync("/api/letters", Files(("letter.pdf", [])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("empty-file", problem.GetProperty("code").GetString());
        Assert.Contains("empty", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RequestWithoutFileFieldIsRefusedWithProblemDetails()
    {
        var form = new MultipartFormDataContent { { new StringContent("hello"), "comment" } };

        var response = await _client.PostAsync("/api/letters", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FileThatIsNotALetterFailsWithAnUnsupportedTypeReport()
    {
        // Named .pdf on purpose: the type is decided by the content, not the name.
        var accepted = await (await _client.PostAsync("/api/letters", Files(("letter.pdf", "Dear diary, today..."u8.ToArray())))).ReadJsonAsync();

        var status = await _client.WaitForLetterAsync(accepted.StatusUrl());

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal("unsupported-type", status.GetProperty("error").GetProperty("code").GetString());
        var report = status.GetProperty("report");
        Assert.Equal("letter.pdf", report.GetProperty("fileName").GetString());
        Assert.Equal("unsupported-type", report.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task DeletedLetterIsGoneWithItsFileAndReport()
    {
        var accepted = await (await _client.PostAsync("/api/letters", Files(("notes.txt", "not a letter"u8.ToArray())))).ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        await _client.WaitForLetterAsync(accepted.StatusUrl());

        var deleted = await _client.DeleteAsync(accepted.StatusUrl());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(accepted.StatusUrl())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(accepted.ReportUrl())).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "letters", id)));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync(accepted.StatusUrl())).StatusCode);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("short")]
    public async Task UnknownOrMalformedIdIsNotFound(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/letters/{id}")).StatusCode);
    }

    [Fact]
    public async Task EveryUploadGetsADifferentId()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            var accepted = await (await _client.PostAsync("/api/letters", Files(("a.txt", "x"u8.ToArray())))).ReadJsonAsync();
            ids.Add(accepted.GetProperty("id").GetString()!);
        }
        Assert.Equal(5, ids.Count);
    }
}

public sealed class UploadLimitsTests : IAsyncLifetime
{
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["Limits:MaxFileBytes"] = "2048", ["Uploads:MaxBatchFiles"] = "3", ["ApiKeys:0"] = "k" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task LetterLargerThanTheConfiguredLimitIsRefusedAsTooLarge()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync("/api/letters", Files(("big.pdf", new byte[3000])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-large", (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task BatchWithMoreFilesThanAllowedIsRefusedAsTooLarge()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k");

        var response = await client.PostAsync("/api/batches", Files(("a.txt", [1]), ("b.txt", [1]), ("c.txt", [1]), ("d.txt", [1])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 3", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }
}
