using System.Net;
using LetterParser.Web.Storage;
using LetterParser.Web.Storage.Postgres;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LetterParser.Web.Tests.Postgres;

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
        var id = (await accepted.ReadJsonAsync()).GetProperty("id").GetString()!;
        var status = await client.WaitForLetterAsync(id);

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
        var id = (await accepted.ReadJsonAsync()).GetProperty("id").GetString();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), service => service.GetType().Name.Contains("BackgroundJobServer"));
        Assert.Equal("queued", (await (await client.GetAsync($"/api/letters/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
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

    [Fact]
    public void PostgresWithoutAConnectionStringSaysWhichSettingIsMissing()
    {
        using var factory = new LetterParserWebFactory();
        factory.Settings["Storage:Provider"] = "Postgres";

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings__LetterParser", error.ToString());
    }
}
