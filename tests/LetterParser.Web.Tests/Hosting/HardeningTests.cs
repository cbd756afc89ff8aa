using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LetterParser.Web.Intake;
using LetterParser.Web.Tests.Support;
using static LetterParser.Web.Tests.Support.LetterApiClient;

namespace LetterParser.Web.Tests.Hosting;

/// <summary>The smaller holes: caching, file permissions, bidi tricks in names, the oversized upload through the page.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private const string Key = "hardening-clinic-key";
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["ApiKeys:0"] = Key, ["Uploads:MaxRequestBytes"] = "65536" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ReportsTheirJsonAndTheCsvAreNeverCached()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var letter = await client.UploadAsync("a.pdf", TestLetters.RefusalPdf());
        var batch = (await (await client.PostAsync("/api/batches", Files(("b.txt", "x"u8.ToArray())))).ReadJsonAsync()).GetProperty("id").GetString();

        foreach (var url in new[] { letter.StatusUrl(), letter.ReportUrl(), $"/api/batches/{batch}", $"/api/batches/{batch}/report.csv", $"/batches/{batch}/report.csv", $"/api/batches/{batch}/report.jsonl" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url} may be cached");
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task UploadedFilesAndTheirFoldersAreReadableByTheServiceAccountOnly()
    {
        using var client = _factory.CreateClient();
        var letter = await client.UploadAsync("a.pdf", TestLetters.RefusalPdf());
        await client.WaitForLetterAsync(letter.StatusUrl());
        var folder = Path.Combine(_factory.DataPath, "letters", letter.GetProperty("id").GetString()!);

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(_factory.DataPath));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_factory.DataPath, "letters")));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        foreach (var file in new[] { "letter", "letter.json", "report.json" })
            Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(folder, file)));
    }

    [Fact]
    public async Task RightToLeftOverrideInAFileNameIsRemovedBeforeTheNameIsShown()
    {
        using var client = _factory.CreateClient();
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent("not a letter"u8.ToArray());
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = "invoice\u202Efdp.exe" };
        form.Add(part);
        var accepted = await (await client.PostAsync("/api/letters", form)).ReadJsonAsync();

        var status = await client.WaitForLetterAsync(accepted.StatusUrl());
        var page = await client.GetStringAsync(accepted.ReportUrl());

        Assert.Equal("invoicefdp.exe", status.GetProperty("report").GetProperty("fileName").GetString());
        Assert.DoesNotContain("\u202E", page);
        Assert.DoesNotContain("&#x202E;", page);
    }

    [Theory]
    [InlineData("a\u202Eb\u2066c\u2069d\u200Fe\u200Bf.pdf", "abcdef.pdf")]
    [InlineData("C:\\Users\\Ana\\letter.pdf", "letter.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("\u0001\u202E", "letter")]
    [InlineData("lettre de refus.pdf", "lettre de refus.pdf")]
    public void FileNamesLoseFoldersControlAndBidiCharacters(string uploaded, string shown) =>
        Assert.Equal(shown, FileNames.ForDisplay(uploaded));

    [Theory]
    [InlineData("clinic/2026/letter.pdf", "clinic/2026/letter.pdf")]
    [InlineData("cli\u202Enic/letter\u200B.pdf", "clinic/letter.pdf")]
    public void ZipEntryPathsKeepTheirFoldersButLoseControlAndBidiCharacters(string entry, string shown) =>
        Assert.Equal(shown, FileNames.ForArchiveEntry(System.Text.RegularExpressions.Regex.Unescape(entry)));

    [Fact]
    public async Task UploadOverTheRequestLimitThroughThePageShowsAReadablePage()
    {
        using var browser = _factory.CreateClient();
        var form = await browser.GetStringAsync("/");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[200_000]), "file", "scan.pdf" },
        };

        var response = await browser.PostAsync("/", upload);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The upload is too large", await response.Content.ReadAsStringAsync());
    }
}
