using Hangfire;
using LetterParser.Core.Archives;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Hosting;
using LetterParser.Web.Processing;
using LetterParser.Web.Storage;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Intake;

/// <summary>
/// The upload use case, shared by the API and the upload page: check the request-level caps, store the
/// letters, queue one job per letter. What the file is (PDF, photo, neither) is decided later by the
/// pipeline from the bytes, never from the name or the declared content type.
/// </summary>
public sealed class LetterIntake(
    ILetterStore letters,
    IBatchStore batches,
    IBackgroundJobClient jobs,
    LetterLimits limits,
    IOptions<UploadOptions> uploadOptions,
    IOptions<RateLimitOptions> rateLimits,
    ClinicKeys keys,
    TimeProvider clock)
{
    /// <summary>
    /// Stores one letter and queues it. Throws <see cref="LetterInputException"/> for an empty or oversized file and
    /// <see cref="QueueFullException"/> when <paramref name="client"/> already has its share of unfinished letters.
    /// </summary>
    public async Task<SubmittedLetter> SubmitLetterAsync(IFormFile file, DateOnly? notifiedOn, string client, CancellationToken cancellationToken)
    {
        await CheckQueueAsync(client, 1, QueueCap(client), cancellationToken);
        var content = await ReadAsync(file, cancellationToken);
        if (content.Length == 0)
            throw LetterErrors.EmptyFile();
        var (secret, hash) = LetterSecret.New();
        var letter = await letters.AddAsync(new IncomingLetter(FileNames.ForDisplay(file.FileName), content, notifiedOn, hash, client), null, cancellationToken);
        LetterQueues.Enqueue(jobs, letter.Id, inBatch: false);
        return new SubmittedLetter(letter, secret);
    }

    /// <summary>
    /// Stores several letters as one batch: the files as given, or the entries of a single zip. Empty or
    /// unreadable files still become rows with an error, so the clinic sees every file it sent. <paramref name="owner"/>
    /// is the clinic key's owner id (<see cref="ClinicKeys"/>): the batch is read back under it only.
    /// </summary>
    public async Task<SubmittedBatch> SubmitBatchAsync(IReadOnlyList<IFormFile> files, DateOnly? notifiedOn, string owner, string client, CancellationToken cancellationToken)
    {
        var maxFiles = uploadOptions.Value.MaxBatchFiles;
        if (files.Count == 0)
            throw new LetterInputException(ErrorCode.EmptyFile, "No files were uploaded. Send the letters in the multipart field 'file'.");
        if (files.Count > maxFiles)
            throw new LetterInputException(ErrorCode.TooLarge, $"A batch holds at most {maxFiles} letters; this one has {files.Count}. Split it into smaller batches.");
        // A zip counts as one file here; its entries are counted as they are stored, below.
        var cap = QueueCap(client);
        var alreadyQueued = await CheckQueueAsync(client, files.Count, cap, cancellationToken);

        var batchId = LetterId.New();
        List<SubmittedLetter> submitted = [];
        List<string> queued = [];
        async Task AddAsync(IncomingLetter incoming, ErrorReport? refusal)
        {
            if (refusal is null && alreadyQueued + queued.Count >= cap)
                throw new QueueFullException(cap);
            var (secret, hash) = LetterSecret.New();
            var letter = await letters.AddAsync(incoming with { SecretHash = hash, Client = client }, batchId, cancellationToken);
            submitted.Add(new SubmittedLetter(letter, secret));
            // An entry the archive already refused (unsafe name, bomb, nested zip) is finished with its error report.
            if (refusal is null)
                queued.Add(letter.Id);
            else
                await letters.SaveReportAsync(letter.Id, refusal, cancellationToken);
        }

        try
        {
            if (files.Count == 1 && await IsZipAsync(files[0], cancellationToken))
            {
                await using var zip = files[0].OpenReadStream();
                var archiveLimits = new ArchiveLimits { MaxEntries = maxFiles, MaxEntryBytes = limits.MaxFileBytes };
                // Entries are inflated one at a time as they are stored, so only one is in memory at once.
                foreach (var entry in LetterArchive.Read(zip, FileNames.ForDisplay(files[0].FileName), archiveLimits))
                    await AddAsync(new IncomingLetter(FileNames.ForArchiveEntry(entry.FileName), entry.Content, notifiedOn), entry.Refusal);
                if (submitted.Count == 0)
                    throw new LetterInputException(ErrorCode.EmptyFile, "The zip file holds no letters.");
            }
            else
            {
                foreach (var file in files)
                    await AddAsync(new IncomingLetter(FileNames.ForDisplay(file.FileName), await ReadAsync(file, cancellationToken), notifiedOn), null);
            }
        }
        catch
        {
            // A refused batch leaves nothing behind: no orphan letters waiting for a job that will never come.
            foreach (var letter in submitted)
                await letters.DeleteAsync(letter.Letter.Id, CancellationToken.None);
            throw;
        }

        var batch = new StoredBatch(batchId, clock.GetUtcNow(), submitted.Select(l => l.Letter.Id).ToList(), owner);
        await batches.SaveAsync(batch, cancellationToken);
        foreach (var id in queued)
            LetterQueues.Enqueue(jobs, id, inBatch: true);
        return new SubmittedBatch(batch, submitted);
    }

    /// <summary>A clinic key (or the one person of personal mode) may queue a batch's worth; an anonymous address a few letters.</summary>
    private int QueueCap(string client) => keys.Access.IsPersonal || ClinicKeys.IsClinic(client)
        ? rateLimits.Value.MaxQueuedPerKey
        : rateLimits.Value.MaxQueuedPerClient;

    /// <summary>Refuses the upload when it would take <paramref name="client"/> past <paramref name="cap"/> unfinished letters; returns how many it has.</summary>
    private async Task<int> CheckQueueAsync(string client, int adding, int cap, CancellationToken cancellationToken)
    {
        var unfinished = await letters.CountUnfinishedAsync(client, cancellationToken);
        if (unfinished + adding > cap)
            throw new QueueFullException(cap);
        return unfinished;
    }

    private async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > limits.MaxFileBytes)
            throw LetterErrors.TooLarge(limits.MaxFileBytes);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    public static async Task<bool> IsZipAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[4];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return LetterArchive.LooksLikeZip(head.AsSpan(0, read));
    }
}

/// <summary>A stored letter and its secret, which exists nowhere else: it goes into the links handed back once.</summary>
public sealed record SubmittedLetter(StoredLetter Letter, string Secret);

/// <summary>A stored batch and the secret of each of its letters, in upload order.</summary>
public sealed record SubmittedBatch(StoredBatch Batch, IReadOnlyList<SubmittedLetter> Letters);

/// <summary>The client already has as many unfinished letters as it may; it should wait for some to finish.</summary>
public sealed class QueueFullException(int cap) : Exception(
    $"You already have {cap} letters waiting to be read, the most one client may queue. Wait for some of them to finish, then upload again.")
{
    /// <summary>A letter takes seconds; a minute is long enough for a few to finish.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);
}

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddLetterIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<LetterIntake>();
        return builder;
    }
}
