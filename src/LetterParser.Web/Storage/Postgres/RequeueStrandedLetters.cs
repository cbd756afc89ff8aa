using Hangfire;
using LetterParser.Web.Processing;
using Npgsql;

namespace LetterParser.Web.Storage.Postgres;

/// <summary>
/// Recurring job (PostgreSQL mode): queues again any letter that has been <c>queued</c> for a while with no Hangfire
/// job ever made for it. That happens only when a web process dies, or loses the database, between storing an
/// upload and queuing its job; the PostgreSQL queue itself keeps every job it was given, so nothing else is redone.
/// </summary>
public sealed class RequeueStrandedLetters(NpgsqlDataSource dataSource, IBackgroundJobClient jobs, TimeProvider clock, ILogger<RequeueStrandedLetters> logger)
{
    public const string RecurringJobId = "requeue-stranded-letters";

    /// <summary>Younger letters may still be in the middle of their upload request.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(5);

    public async Task RunAsync()
    {
        // Hangfire.PostgreSql keeps a job's arguments as JSON text; the letter id is 22 URL-safe characters, so a
        // substring match cannot confuse two letters.
        await using var command = dataSource.CreateCommand($"""
            SELECT l.id, l.batch_id IS NOT NULL FROM letterparser.letters l
            WHERE l.status = 'queued' AND l.updated_at < $1
              AND NOT EXISTS (SELECT 1 FROM {PostgresSchema.HangfireSchema}.job j WHERE strpos(j.arguments::text, l.id) > 0)
            ORDER BY l.created_at
            LIMIT 1000
            """);
        command.Parameters.Add(new() { Value = clock.GetUtcNow() - MinimumAge });
        var stranded = new List<(string Id, bool InBatch)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                stranded.Add((reader.GetString(0), reader.GetBoolean(1)));
        }
        foreach (var (id, inBatch) in stranded)
            LetterQueues.Enqueue(jobs, id, inBatch);
        if (stranded.Count > 0)
            logger.LogWarning("Queued {Count} letters that had been stored without a job", stranded.Count);
    }
}

/// <summary>Registers <see cref="RequeueStrandedLetters"/> every 5 minutes when a PostgreSQL-mode process starts.</summary>
public sealed class RequeueStrandedLettersRegistration(IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<RequeueStrandedLetters>(RequeueStrandedLetters.RecurringJobId, job => job.RunAsync(), "*/5 * * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
