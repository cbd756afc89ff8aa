using Hangfire;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Processing;

/// <summary>
/// At start-up, queues again every stored letter that has no report yet. The embedded Hangfire storage lives in
/// memory, so a restart forgets its queue while the letters stay on disk; the job is idempotent, so a letter that
/// is also still queued elsewhere (a shared database queue) is simply skipped the second time.
/// </summary>
public sealed class RequeueUnfinishedLetters(ILetterStore letters, IBackgroundJobClient jobs, ILogger<RequeueUnfinishedLetters> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var unfinished = await letters.ListUnfinishedAsync(cancellationToken);
        foreach (var id in unfinished)
            LetterQueues.Enqueue(jobs, id, inBatch: (await letters.FindAsync(id, cancellationToken))?.BatchId is not null);
        if (unfinished.Count > 0)
            logger.LogInformation("Queued {Count} unfinished letters again after start-up", unfinished.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
