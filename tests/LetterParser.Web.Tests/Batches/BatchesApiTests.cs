using System.Net;
using System.Text;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Extraction;
using LetterParser.Web.Tests.Support;
using static LetterParser.Web.Tests.Support.LetterApiClient;

namespace LetterParser.Web.Tests.Batches;

public sealed class BatchesApiTests : IAsyncLifetime
{
    private const string ClinicKey = "clinic-key-for-tests";
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["ApiKeys:0"] = ClinicKey } };
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", ClinicKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task BatchWithoutApiKeyIsRefusedEvenFromLoopbackWhenKeysAreConfigured()
    {
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.PostAsync("/api/batches", Files(("a.pdf", TestLetters.RefusalPdf())));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BatchWithWrongApiKeyIsRefused()
    {
        using var wrong = _factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/batches/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }

    [Fact]
    public async Task ZipBatchGivesOneRowPerLetterInTheCsvAndJsonLines()
    {
        var zip = TestLetters.Zip(
            ("letters/first.pdf", TestLetters.RefusalPdf()),
            ("letters/notes.txt", "not a letter"u8.ToArray()),
            ("__MACOSX/._first.pdf", [1, 2, 3]),
            ("empty.pdf", []));

        var response = await _client.PostAsync("/api/batches", Files(("letters.zip", zip)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", id);
        var batch = await _client.WaitForBatchAsync(id);
        Assert.Equal(3, batch.GetProperty("counts").GetProperty("total").GetInt32());

        var csv = await _client.GetStringAsync($"/api/batches/{id}/report.csv");
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("file,status,", rows[0]);
        Assert.Equal(4, rows.Length);
        // Triage order: the letter with an open deadline before the two unreadable files (to check by hand).
        // The zip's folder stays in the file name.
        Assert.Matches("^letters/first.pdf,ok,[0-9]+ days left,", rows[1]);
        Assert.Contains("will-not-leave", rows[1]);
        Assert.Contains(TestLetters.ApplicationNumber, rows[1]);
        Assert.EndsWith($",/letters/{batch.GetProperty("letters")[0].GetProperty("id").GetString()}", rows[1]);
        Assert.Contains("unsupported-type", rows[2]);
        Assert.Contains("empty-file", rows[3]);

        var lines = (await _client.GetStringAsync($"/api/batches/{id}/report.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"fileName\":\"letters/first.pdf\"", lines[0]);
        Assert.Contains("\"code\":\"unsupported-type\"", lines[1]);
        Assert.Contains("\"code\":\"empty-file\"", lines[2]);
    }

    [Fact]
    public async Task BatchJsonLinesAreExactlyWhatTheCliPipelineWritesForTheSameFiles()
    {
        (string Name, byte[] Content)[] files =
            [("letter.pdf", TestLetters.RefusalPdf()), ("lettre.pdf", TestLetters.FrenchRefusalPdf()), ("notes.txt", "hello"u8.ToArray()), ("blank.pdf", [])];
        var response = await _client.PostAsync("/api/batches", Files(files));
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
        await _client.WaitForBatchAsync(id);

        var served = await _client.GetStringAsync($"/api/batches/{id}/report.jsonl");

        // The CLI's `batch --format jsonl`: the same pipeline and the same writer, in input order.
        var pipeline = PipelineFactory.CreateInProcess();
        var expected = new StringWriter();
        var writer = new JsonLinesReportWriter(expected);
        foreach (var (name, content) in files)
            writer.Write(await pipeline.ProcessAsync(content, name, null, CancellationToken.None));
        Assert.Equal(expected.ToString(), served);
    }

    [Fact]
    public async Task ALetterAndItsGcmsPrintoutInOneBatchAreOneReportInTheApiTheCsvTheJsonLinesAndThePages()
    {
        var response = await _client.PostAsync("/api/batches", Files(("letter.pdf", TestLetters.RefusalPdf()), ("gcms.pdf", TestLetters.GcmsPrintoutPdf())));
        var accepted = await response.ReadJsonAsync();
        var id = accepted.GetProperty("id").GetString()!;

        var batch = await _client.WaitForBatchAsync(id);

        var rows = batch.GetProperty("letters").EnumerateArray().ToDictionary(l => l.GetProperty("fileName").GetString()!);
        var (letter, printout) = (rows["letter.pdf"], rows["gcms.pdf"]);
        var (letterId, printoutId) = (letter.GetProperty("id").GetString()!, printout.GetProperty("id").GetString()!);
        Assert.Equal([printoutId], letter.GetProperty("joinedNotes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(letterId, printout.GetProperty("joinedTo").GetString());
        Assert.Contains("ties.family-in-canada", letter.GetProperty("concerns").EnumerateArray().Select(c => c.GetString()));
        // The grounds stay the letter's own; the printout gives concerns, never a ground.
        Assert.Equal(["ability-to-perform-work", "will-not-leave"], letter.GetProperty("grounds").EnumerateArray().Select(g => g.GetString()).Order());
        Assert.Empty(printout.GetProperty("grounds").EnumerateArray());

        var csv = (await _client.GetStringAsync($"/api/batches/{id}/report.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',').ToList();
        // No cell before joined_with holds a comma here (names, codes, words, dates), so a plain split finds it.
        string Joined(string file) => csv.Single(r => r.StartsWith(file + ",", StringComparison.Ordinal)).Split(',')[header.IndexOf("joined_with")];
        Assert.Equal("gcms.pdf", Joined("letter.pdf"));
        Assert.Equal("letter.pdf", Joined("gcms.pdf"));

        var lines = (await _client.GetStringAsync($"/api/batches/{id}/report.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"joinedNotes\":[\"gcms.pdf\"]", Assert.Single(lines, l => l.Contains("\"fileName\":\"letter.pdf\"", StringComparison.Ordinal)));
        Assert.Contains("\"joinedTo\":\"letter.pdf\"", Assert.Single(lines, l => l.Contains("\"fileName\":\"gcms.pdf\"", StringComparison.Ordinal)));

        Assert.Contains($"data-joined-to=\"{letterId}\"", await _client.GetStringAsync($"/batches/{id}"));

        // The letter's own secret link, without the clinic's key, shows the notes' words under the ground they explain,
        // and the concern that supports none of the letter's grounds in a section of its own.
        using var applicant = _factory.CreateClient();
        var page = await applicant.GetStringAsync(accepted.GetProperty("letters")[0].ReportUrl());
        var grounds = page.IndexOf("<h2 id=\"grounds\"", StringComparison.Ordinal);
        var wrote = page.IndexOf("What the officer actually wrote", StringComparison.Ordinal);
        var family = page.IndexOf("parents and two brothers all live in Canada", StringComparison.Ordinal);
        var other = page.IndexOf("<h2 id=\"concerns\"", StringComparison.Ordinal);
        var deposit = page.IndexOf("lump sum deposit", StringComparison.Ordinal);
        Assert.True(grounds >= 0 && wrote > grounds && family > wrote && other > family && deposit > other, page);
        Assert.Contains("gcms.pdf", page[page.IndexOf("<h2 id=\"facts\"", StringComparison.Ordinal)..]);

        // The PDF the page links to is the same joined report, taken with the cookie the page set.
        var pdfResponse = await applicant.GetAsync($"/letters/{letterId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains("What the officer actually wrote", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [Fact]
    public async Task BadFilesInABatchBecomeFailedRowsWithTheirReason()
    {
        var response = await _client.PostAsync("/api/batches", Files(("notes.txt", "hello"u8.ToArray()), ("blank.pdf", [])));
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;

        var batch = await _client.WaitForBatchAsync(id);

        Assert.Equal(2, batch.GetProperty("counts").GetProperty("failed").GetInt32());
        var errors = batch.GetProperty("letters").EnumerateArray()
            .Select(l => l.GetProperty("error").GetProperty("code").GetString()).Order().ToList();
        Assert.Equal(["empty-file", "unsupported-type"], errors);
        var lines = (await _client.GetStringAsync($"/api/batches/{id}/report.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"fileName\":\"notes.txt\"", lines[0]);
        Assert.Contains("\"fileName\":\"blank.pdf\"", lines[1]);
    }

    [Fact]
    public async Task DamagedZipBecomesOneFailedRowSayingSo()
    {
        var zip = TestLetters.Zip(("a.pdf", TestLetters.RefusalPdf()));
        var damaged = zip[..30].Concat(new byte[200]).ToArray();

        var response = await _client.PostAsync("/api/batches", Files(("letters.zip", damaged)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batch = await _client.WaitForBatchAsync((await response.ReadJsonAsync()).GetProperty("id").GetString()!);
        // Its one entry is found from its local header, whose name the damage wiped: one row, saying it is damaged.
        var row = Assert.Single(batch.GetProperty("letters").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("fileName").GetString()));
        Assert.Equal("corrupt-file", row.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ZipEntryPointingOutsideTheZipIsRefusedAndTheOthersAreRead()
    {
        var zip = TestLetters.Zip(("../../evil.pdf", TestLetters.RefusalPdf()), ("fine.txt", "not a letter"u8.ToArray()));

        var response = await _client.PostAsync("/api/batches", Files(("letters.zip", zip)));

        var batch = await _client.WaitForBatchAsync((await response.ReadJsonAsync()).GetProperty("id").GetString()!);
        var codes = batch.GetProperty("letters").EnumerateArray()
            .Select(l => l.GetProperty("error").GetProperty("code").GetString()).Order().ToList();
        Assert.Equal(["corrupt-file", "unsupported-type"], codes);
        Assert.False(File.Exists(Path.Combine(_factory.DataPath, "..", "evil.pdf")));
    }

    [Fact]
    public async Task UnknownBatchIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/batches/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/batches/AAAAAAAAAAAAAAAAAAAAAA/report.csv")).StatusCode);
    }

    [Fact]
    public async Task BatchPageListsEveryLetterWithLinksAndTheCsv()
    {
        var id = (await (await _client.PostAsync("/api/batches", Files(("one.txt", "x"u8.ToArray()), ("two.txt", "y"u8.ToArray())))).ReadJsonAsync())
            .GetProperty("id").GetString()!;
        var batch = await _client.WaitForBatchAsync(id);

        var page = await _client.GetStringAsync($"/batches/{id}");

        foreach (var letter in batch.GetProperty("letters").EnumerateArray())
            Assert.Contains($"href=\"/letters/{letter.GetProperty("id").GetString()}\"", page);
        Assert.Contains($"href=\"/batches/{id}/report.csv?language=en\"", page);
        var csv = await _client.GetAsync($"/batches/{id}/report.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("one.txt", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task BatchPageAndItsCsvNeedTheKeyLikeTheApi()
    {
        var id = (await (await _client.PostAsync("/api/batches", Files(("one.txt", "x"u8.ToArray())))).ReadJsonAsync()).GetProperty("id").GetString()!;
        using var browser = _factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/batches/{id}/report.csv")).StatusCode);
        var page = await browser.GetAsync($"/batches/{id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ClinicSignedInOnThePagesSeesItsBatchAndItsCsv()
    {
        var id = (await (await _client.PostAsync("/api/batches", Files(("one.txt", "x"u8.ToArray())))).ReadJsonAsync()).GetProperty("id").GetString()!;
        using var browser = _factory.CreateClient();

        var signedIn = await browser.SignInAsync(ClinicKey, $"/batches/{id}");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("Batch of 1 letters", await signedIn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/batches/{id}/report.csv")).StatusCode);
    }
}

public sealed class BatchesApiWithoutKeysTests(LetterParserWebFactory factory) : IClassFixture<LetterParserWebFactory>
{
    [Fact]
    public async Task InServerModeWithNoKeyConfiguredEvenALoopbackCallerIsRefused()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class PersonalModeBatchesTests : IAsyncLifetime
{
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["Access:Mode"] = "personal" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task InPersonalModeBatchesNeedNoKeyAndTheirLettersOpenFromTheBatch()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
        var batch = await client.WaitForBatchAsync(id);
        var letterId = batch.GetProperty("letters")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/letters/{letterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/batches/{id}/report.csv")).StatusCode);
    }
}
