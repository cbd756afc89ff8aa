using LetterParser.Web.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Web.Tests.Storage.Postgres;

/// <summary>
/// What the person waiting sees when the web process and the worker that reads their letter are different processes
/// on one PostgreSQL: the stage comes through the database, not through memory the web process cannot see.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SplitRolesProgressTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task TheWebProcessSaysWhichPageAWorkerProcessIsReadingInEnglishAndFrenchThenThatItIsDone()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__LetterParser"] = database.ConnectionString,
            ["Storage__Postgres__QueuePollInterval"] = "00:00:00.500",
            ["Processing__Workers"] = "1",
            ["RateLimits__StatusReadsPerMinute"] = "1000000",
        };
        await using var web = AppProcess.Start("web", "web", environment);
        await using var worker = AppProcess.Start("worker", "worker", environment);
        try
        {
            await Task.WhenAll(web.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), worker.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));
            using var client = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

            var accepted = await client.UploadAsync("scan.pdf", TestLetters.ScannedPdf(2));
            var seen = new HashSet<string>();
            var lastEnglish = default(System.Text.Json.JsonElement);
            var lastFrench = default(System.Text.Json.JsonElement);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            // Each page takes OCR a second or more; polled far more often than that, at least one page is seen in each language.
            while (DateTime.UtcNow < deadline)
            {
                lastEnglish = await client.ReadProgressAsync(accepted, "en");
                lastFrench = await client.ReadProgressAsync(accepted, "fr");
                seen.Add(lastEnglish.GetProperty("message").GetString()!);
                seen.Add(lastFrench.GetProperty("message").GetString()!);
                if (lastEnglish.GetProperty("finished").GetBoolean() && lastFrench.GetProperty("finished").GetBoolean())
                    break;
                await Task.Delay(20);
            }
            output.WriteLine(string.Join(Environment.NewLine, seen));

            Assert.Contains(seen, m => m is "Reading the scan with OCR: page 1 of 2" or "Reading the scan with OCR: page 2 of 2");
            Assert.Contains(seen, m => m is "Lecture du scan par OCR : page 1 sur 2" or "Lecture du scan par OCR : page 2 sur 2");
            Assert.Equal(("completed", "done", "terminé"),
                (lastEnglish.GetProperty("status").GetString(), lastEnglish.GetProperty("message").GetString(), lastFrench.GetProperty("message").GetString()));
            Assert.Equal("completed", (await client.WaitForLetterAsync(accepted.StatusUrl())).GetProperty("status").GetString());
            // The finished letter keeps no stage behind: the columns are cleared with the report.
            Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM letterparser.letters WHERE progress_stage IS NOT NULL"));
        }
        catch
        {
            output.WriteLine($"--- web ---\n{web.Output}\n--- worker ---\n{worker.Output}");
            throw;
        }
    }

    [PostgresFact]
    public async Task EveryWebProcessCountsTheSameLettersAheadAndSingleLettersGoBeforeAnEarlierBatch()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var uploads = WebOnly(database);
        await using var reads = WebOnly(database);
        using var clinic = uploads.CreateClient();
        clinic.DefaultRequestHeaders.Add("X-Api-Key", ClinicKey);

        var seen = await QueueScenario.BatchThenTwoSinglesAsync(clinic, reads.CreateClient());

        Assert.Equal(QueueScenario.Expected, seen);
    }

    private const string ClinicKey = "queue-clinic-key";

    /// <summary>A web process with no worker anywhere: nothing leaves the queue while the test reads it.</summary>
    private static LetterParserWebFactory WebOnly(TestPostgres database)
    {
        var factory = new LetterParserWebFactory();
        factory.Settings["Role"] = "web";
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:LetterParser"] = database.ConnectionString;
        factory.Settings["ApiKeys:0"] = ClinicKey;
        return factory;
    }
}
