using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Web.Storage;

/// <summary>
/// Letter files, their status and their report. The file-system store is the embedded default; a database
/// store can replace it without the endpoints or the job noticing. Unknown or malformed ids read as missing.
/// </summary>
public interface ILetterStore
{
    /// <summary>Stores a new letter as queued and returns it with a fresh random id.</summary>
    Task<StoredLetter> AddAsync(IncomingLetter letter, string? batchId, CancellationToken cancellationToken);

    Task<StoredLetter?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The letter's bytes, or null when it was deleted.</summary>
    Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken);

    /// <summary>Marks the letter as processing, counts the attempt and clears the last attempt's progress; null when it was deleted.</summary>
    Task<StoredLetter?> BeginAttemptAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Records how far the letter's reading has got (stage, OCR page), for whichever process answers the person
    /// waiting on it. Called by the job only when the stage or page changes; ignored once the letter is not processing.
    /// </summary>
    Task SaveProgressAsync(string id, ReadingProgress progress, CancellationToken cancellationToken);

    /// <summary>The progress last recorded in the current attempt, or null (not processing, or no stage reported yet).</summary>
    Task<ReadingProgress?> ReadProgressAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// How many queued letters the workers will take before <paramref name="letter"/>: single letters go first
    /// (<see cref="Processing.LetterQueues"/>), so a single letter waits only for older single letters, a batch letter
    /// for every queued single letter and the older batch letters.
    /// </summary>
    Task<int> CountQueuedAheadAsync(StoredLetter letter, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the report; the letter becomes completed, or failed with the reason when it is an <see cref="ErrorReport"/>.
    /// A failed letter's file is deleted at once: it was refused, and only its error report is worth keeping.
    /// </summary>
    Task SaveReportAsync(string id, LetterReport report, CancellationToken cancellationToken);

    /// <summary>Marks the letter failed without a report (retries used up on an unexpected fault).</summary>
    Task MarkFailedAsync(string id, ErrorDetail failure, CancellationToken cancellationToken);

    /// <summary>The report exactly as serialized by ReportJson, or null when there is none yet.</summary>
    Task<string?> ReadReportJsonAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes the file, the status and the report. False when there was nothing to remove.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>How many letters uploaded by <paramref name="client"/> (<see cref="StoredLetter.Client"/>) are still queued or processing.</summary>
    Task<int> CountUnfinishedAsync(string client, CancellationToken cancellationToken);

    /// <summary>Ids of letters still queued or processing, e.g. to queue them again after a restart.</summary>
    Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Removes every letter created before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>Batches: which letters were uploaded together, in order.</summary>
public interface IBatchStore
{
    Task SaveAsync(StoredBatch batch, CancellationToken cancellationToken);

    Task<StoredBatch?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes every batch created before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
