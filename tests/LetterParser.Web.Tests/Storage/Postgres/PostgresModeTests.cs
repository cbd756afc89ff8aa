using System.Net;
using LetterParser.Web.Storage;
using LetterParser.Web.Storage.Postgres;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LetterParser.Web.Tests.Storage.Postgres;

/// <summary>The whole app in one process (Role=all) on PostgreSQL: the configuration switch, the job, readiness.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresModeTests
{
    [PostgresFact]
    public async Task StorageProviderPostgresKeepsLettersAndTheQueueInTheDatabase()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:LetterParser"] = database.ConnectionString;
        var client = factory.CreateClient();

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("refusal.pdf", TestLetters.RefusalPdf())));
        var answer = await accepted.ReadJsonAsync();
        var id = answer.GetProperty("id").GetString()!;
        var status = await client.WaitForLetterAsync(answer.StatusUrl());

        Assert.IsType<PostgresLetterStore>(factory.Services.GetRequiredService<ILetterStore>());
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(1, await database.ScalarAsync($"SELECT count(*) FROM letterparser.reports WHERE letter_id = '{id}'"));
        Assert.True(await database.ScalarAsync("SELECT count(*) FROM hangfire.job") >= 1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [PostgresFact]
    public async Task WebOnlyProcessQueuesLettersWithoutProcessingThem()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Role"] = "web";
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:LetterParser"] = database.ConnectionString;
        var client = factory.CreateClient();

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("refusal.pdf", TestLetters.RefusalPdf())));
        var statusUrl = (await accepted.ReadJsonAsync()).StatusUrl();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), service => service.GetType().Name.Contains("BackgroundJobServer"));
        Assert.Equal("queued", (await (await client.GetAsync(statusUrl)).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM hangfire.jobqueue"));
    }

    [PostgresFact]
    public async Task UploadFormKeysAreSharedThroughTheDatabase()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:LetterParser"] = database.ConnectionString;
        var client = factory.CreateClient();

        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("__RequestVerificationToken", await page.Content.ReadAsStringAsync());
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM letterparser.data_protection_keys"));
    }

    [PostgresFact]
    public async Task LetterStoredWithoutAJobIsQueuedAgainOnceAndProcessed()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:LetterParser"] = database.ConnectionString;
        var client = factory.CreateClient();
        // As if the web process died between storing the upload and queuing its job, ten minutes ago.
        var (secret, hash) = LetterSecret.New();
        var stranded = await factory.Services.GetRequiredService<ILetterStore>()
            .AddAsync(new IncomingLetter("refusal.pdf", TestLetters.RefusalPdf(), SecretHash: hash), null, default);
        await database.ScalarAsync($"UPDATE letterparser.letters SET updated_at = now() - interval '10 minutes' WHERE id = '{stranded.Id}' RETURNING 1");
        var sweeper = factory.Services.GetRequiredService<RequeueStrandedLetters>();

        await sweeper.RunAsync();
        var status = await client.WaitForLetterAsync($"/api/letters/{stranded.Id}?secret={secret}");
        var jobs = await database.ScalarAsync("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ProcessLetterJob%'");
        await sweeper.RunAsync();

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(1, jobs);
        Assert.Equal(jobs, await database.ScalarAsync("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ProcessLetterJob%'"));
    }

    [Fact]
    public void PostgresWithoutAConnectionStringSaysWhichSettingIsMissing()
    {
        using var factory = new LetterParserWebFactory();
        factory.Settings["Storage:Provider"] = "Postgres";

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings__LetterParser", error.ToString());
    }
}
