using Hangfire;

namespace LetterParser.Web.Processing;

/// <summary>
/// Two Hangfire queues so that a clinic's 300 scans never keep a single letter waiting: every worker takes the next
/// single letter before the next batch letter. A queue per client (or our own round-robin dispatcher) would be fairer
/// between two clinics, but Hangfire has neither, and the per-client cap on queued work already bounds how much one
/// clinic can put ahead of another. The names sort in priority order on purpose: Hangfire.PostgreSql fetches from
/// the listed queues in name order, the in-memory storage in the order the server lists them, and both agree here.
/// </summary>
public static class LetterQueues
{
    /// <summary>One-letter uploads.</summary>
    public const string Single = "letters";

    /// <summary>Letters of a batch.</summary>
    public const string Batch = "letters-batch";

    /// <summary>What every job server listens to, first to last; "default" for the recurring jobs.</summary>
    public static readonly string[] ServerQueues = [Single, Batch, "default"];

    public static void Enqueue(IBackgroundJobClient jobs, string letterId, bool inBatch) =>
        jobs.Enqueue<ProcessLetterJob>(inBatch ? Batch : Single, job => job.RunAsync(letterId));
}
