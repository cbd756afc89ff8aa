using System.Diagnostics;
using System.Net;
using LetterParser.Web.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Web.Tests.Storage.Postgres;

/// <summary>
/// The real app as separate processes sharing one PostgreSQL: one web process, two worker processes. Faults are
/// real too: SIGKILL for a worker in the middle of a letter and for the web process, a fast restart of the database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FaultToleranceTests(ITestOutputHelper output)
{
    private const int Letters = 200;

    [PostgresFact]
    public async Task EveryLetterOfABatchEndsWithExactlyOneReportThroughAKilledWorkerARestartedWebAndARestartedDatabase()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__LetterParser"] = database.ConnectionString,
            // Short, so the killed worker's jobs come back within the test; production keeps minutes.
            ["Storage__Postgres__InvisibilityTimeout"] = "00:00:08",
            ["Storage__Postgres__QueuePollInterval"] = "00:00:00.500",
            ["Processing__Workers"] = "2",
            ["ApiKeys__0"] = "fault-tolerance-clinic",
            ["Storage__DataPath"] = Path.Combine(Path.GetTempPath(), "letterparser-fault-" + Guid.NewGuid().ToString("N")),
        };
        var clock = Stopwatch.StartNew();
        var processes = new List<AppProcess>();
        try
        {
            // All three start at once: their schema migrations meet at the advisory lock.
            var web = Started(processes, AppProcess.Start("web", "web", environment));
            var doomed = Started(processes, AppProcess.Start("worker-1", "worker", environment));
            var survivor = Started(processes, AppProcess.Start("worker-2", "worker", environment));
            await Task.WhenAll(processes.Select(p => p.WaitUntilReadyAsync(TimeSpan.FromSeconds(60))));
            output.WriteLine($"{clock.Elapsed}: three processes ready");

            var letter = TestLetters.RefusalPdf();
            var files = Enumerable.Range(1, Letters).Select(i => ($"letter-{i:000}.pdf", letter)).ToArray();
            using (var client = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(60) })
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", "fault-tolerance-clinic");
                var accepted = await client.PostAsync("/api/batches", LetterApiClient.Files(files));
                Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            }
            output.WriteLine($"{clock.Elapsed}: batch of {Letters} accepted");

            // Kill worker 1 while it is inside a letter: Hangfire's Processing state names the server, whose id holds the pid.
            await WaitForAsync(async () =>
            {
                var reports = await database.ScalarAsync("SELECT count(*) FROM letterparser.reports");
                var held = await database.ScalarAsync($"""
                    SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
                    WHERE j.statename = 'Processing' AND s.data::text LIKE '%:{doomed.Id}:%'
                    """);
                return reports >= 20 && held > 0 ? held : (long?)null;
            }, TimeSpan.FromSeconds(60), "worker 1 never held a letter after 20 reports");
            doomed.KillHard();
            // Its jobs stay as they were at the kill: Processing, on a server that no longer exists.
            var orphans = await database.ScalarListAsync($"""
                SELECT j.id FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
                WHERE j.statename = 'Processing' AND s.data::text LIKE '%:{doomed.Id}:%'
                """);
            Assert.NotEmpty(orphans);
            var reportsAtKill = await database.ScalarAsync("SELECT count(*) FROM letterparser.reports");
            output.WriteLine($"{clock.Elapsed}: worker 1 killed holding {orphans.Count} letter(s), {reportsAtKill} reports so far");

            web.KillHard();
            web = Started(processes, AppProcess.Start("web-again", "web", environment));
            await web.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"{clock.Elapsed}: web process killed and started again");

            if (Environment.GetEnvironmentVariable(TestPostgres.ClusterDirVariable) is { Length: > 0 } clusterDir)
            {
                await WaitForAsync(async () => await database.ScalarAsync("SELECT count(*) FROM letterparser.reports") >= reportsAtKill + 20 ? 1 : (long?)null,
                    TimeSpan.FromSeconds(60), "no progress after the worker was killed");
                await RestartDatabaseAsync(clusterDir);
                output.WriteLine($"{clock.Elapsed}: database restarted");
            }

            await WaitForAsync(async () => await database.ScalarAsync(
                    "SELECT count(*) FROM letterparser.letters WHERE status IN ('completed', 'failed')") == Letters ? 1 : (long?)null,
                TimeSpan.FromSeconds(90), "not every letter finished");
            output.WriteLine($"{clock.Elapsed}: all {Letters} letters finished");

            Assert.Equal(Letters, await database.ScalarAsync("SELECT count(*) FROM letterparser.letters"));
            Assert.Equal(Letters, await database.ScalarAsync("SELECT count(*) FROM letterparser.reports"));
            Assert.Equal(Letters, await database.ScalarAsync(
                "SELECT count(*) FROM letterparser.letters l WHERE EXISTS (SELECT 1 FROM letterparser.reports r WHERE r.letter_id = l.id)"));
            Assert.Equal(0, await database.ScalarAsync(
                "SELECT count(*) FROM letterparser.letters WHERE status = 'failed' AND (failure_message IS NULL OR failure_message = '')"));
            // The same good letter 200 times: none may fail because of the faults.
            Assert.Equal(Letters, await database.ScalarAsync("SELECT count(*) FROM letterparser.letters WHERE status = 'completed'"));
            // The jobs the killed worker held were taken up again by the other worker, and finished there.
            foreach (var job in orphans)
            {
                // Its letter may have been finished just before the kill, then only the job itself comes back
                // (after the invisibility timeout), finds the report and succeeds.
                await WaitForAsync(async () => await database.ScalarAsync($"SELECT count(*) FROM hangfire.job WHERE id = {job} AND statename = 'Succeeded'") == 1 ? 1 : (long?)null,
                    TimeSpan.FromSeconds(60), $"job {job} of the killed worker never succeeded");
                Assert.True(await database.ScalarAsync($"""
                    SELECT count(*) FROM hangfire.state WHERE jobid = {job} AND name = 'Processing' AND data::text LIKE '%:{survivor.Id}:%'
                    """) >= 1, $"job {job} was not run again by the surviving worker");
            }
        }
        catch
        {
            foreach (var process in processes)
                output.WriteLine($"--- {process.Name} ---\n{Tail(process.Output)}");
            throw;
        }
        finally
        {
            foreach (var process in processes)
                await process.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task WorkerStoppedGracefullyHandsItsLettersBackAndExitsCleanly()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__LetterParser"] = database.ConnectionString,
            ["Storage__Postgres__QueuePollInterval"] = "00:00:00.500",
            ["Processing__Workers"] = "2",
            ["ApiKeys__0"] = "fault-tolerance-clinic",
            ["Processing__ShutdownTimeout"] = "00:00:10",
        };
        const int letters = 60;
        var processes = new List<AppProcess>();
        try
        {
            var web = Started(processes, AppProcess.Start("web", "web", environment));
            var stopping = Started(processes, AppProcess.Start("worker-1", "worker", environment));
            var staying = Started(processes, AppProcess.Start("worker-2", "worker", environment));
            await Task.WhenAll(processes.Select(p => p.WaitUntilReadyAsync(TimeSpan.FromSeconds(60))));
            var letter = TestLetters.RefusalPdf();
            using (var client = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(60) })
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", "fault-tolerance-clinic");
                var files = Enumerable.Range(1, letters).Select(i => ($"letter-{i:00}.pdf", letter)).ToArray();
                Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/batches", LetterApiClient.Files(files))).StatusCode);
            }

            await WaitForAsync(async () => await database.ScalarAsync("SELECT count(*) FROM letterparser.reports") >= 10 ? 1 : (long?)null,
                TimeSpan.FromSeconds(60), "no letter was processed");
            var exitCode = await stopping.StopGracefullyAsync(TimeSpan.FromSeconds(30));

            await WaitForAsync(async () => await database.ScalarAsync(
                    "SELECT count(*) FROM letterparser.letters WHERE status IN ('completed', 'failed')") == letters ? 1 : (long?)null,
                TimeSpan.FromSeconds(90), "not every letter finished after a worker stopped");
            Assert.Equal(0, exitCode);
            Assert.Equal(letters, await database.ScalarAsync("SELECT count(*) FROM letterparser.letters WHERE status = 'completed'"));
            Assert.Equal(letters, await database.ScalarAsync("SELECT count(*) FROM letterparser.reports"));
            // The stopped worker said goodbye: Hangfire removed its server record instead of waiting for it to time out.
            Assert.Equal(0, await database.ScalarAsync($"SELECT count(*) FROM hangfire.server WHERE id LIKE '%:{stopping.Id}:%'"));
        }
        catch
        {
            foreach (var process in processes)
                output.WriteLine($"--- {process.Name} ---\n{Tail(process.Output)}");
            throw;
        }
        finally
        {
            foreach (var process in processes)
                await process.DisposeAsync();
        }
    }

    private static AppProcess Started(List<AppProcess> processes, AppProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static async Task<long> WaitForAsync(Func<Task<long?>> probe, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await probe() is { } value)
                    return value;
            }
            catch (Npgsql.NpgsqlException)
            {
                // The database is restarting; ask again.
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"After {timeout}: {failure}.");
            await Task.Delay(100);
        }
    }

    private static async Task RestartDatabaseAsync(string clusterDir)
    {
        var script = Path.Combine(AppProcess.RepositoryRoot(), "scripts", "start-test-postgres.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("restart");
        start.ArgumentList.Add(clusterDir);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "restarting PostgreSQL failed: " + await errors);
    }

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;
}

/// <summary>The fault test restarts the shared test cluster, so the PostgreSQL tests never run side by side.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
