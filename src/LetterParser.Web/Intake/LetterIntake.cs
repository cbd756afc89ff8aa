using Hangfire;
using LetterParser.Core.Archives;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
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
    TimeProvider clock)
{
    /// <summary>Stores one letter and queues it. Throws <see cref="LetterInputException"/> for an empty or oversized file.</summary>
    public async Task<StoredLetter> SubmitLetterAsync(IFormFile file, DateOnly? notifiedOn, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(file, cancellationToken);
        if (content.Length == 0)
            throw new LetterInputException(ErrorCode.EmptyFile, "The file is empty (0 bytes). Upload the letter file itself.");
        var letter = await letters.AddAsync(new IncomingLetter(SafeName(file.FileName), content, notifiedOn), null, cancellationToken);
        Enqueue(letter.Id);
        return letter;
    }

    /// <summary>
    /// Stores several letters as one batch: the files as given, or the entries of a single zip. Empty or
    /// unreadable files still become rows with an error, so the clinic sees every file it sent.
    /// </summary>
    public async Task<StoredBatch> SubmitBatchAsync(IReadOnlyList<IFormFile> files, DateOnly? notifiedOn, CancellationToken cancellationToken)
    {
        var maxFiles = uploadOptions.Value.MaxBatchFiles;
        if (files.Count == 0)
            throw new LetterInputException(ErrorCode.EmptyFile, "No files were uploaded. Send the letters in the multipart field 'file'.");
        if (files.Count > maxFiles)
            throw new LetterInputException(ErrorCode.TooLarge, $"A batch holds at most {maxFiles} letters; this one has {files.Count}. Split it into smaller batches.");

        var batchId = LetterId.New();
        List<string> ids = [];
        List<string> queued = [];
        async Task AddAsync(IncomingLetter incoming, ErrorReport? refusal)
        {
            var letter = await letters.AddAsync(incoming, batchId, cancellationToken);
            ids.Add(letter.Id);
            // An entry the archive already refused (unsafe name, bomb, nested zip) is finished with its error report.
            if (refusal is null)
                queued.Add(letter.Id);
            else
                await letters.SaveReportAsync(letter.Id, refusal, cancellationToken);
        }

        if (files.Count == 1 && await IsZipAsync(files[0], cancellationToken))
        {
            await using var zip = files[0].OpenReadStream();
            var archiveLimits = new ArchiveLimits { MaxEntries = maxFiles, MaxEntryBytes = limits.MaxFileBytes };
            // Entries are inflated one at a time as they are stored, so only one is in memory at once.
            foreach (var entry in LetterArchive.Read(zip, SafeName(files[0].FileName), archiveLimits))
                await AddAsync(new IncomingLetter(entry.FileName, entry.Content, notifiedOn), entry.Refusal);
            if (ids.Count == 0)
                throw new LetterInputException(ErrorCode.EmptyFile, "The zip file holds no letters.");
        }
        else
        {
            foreach (var file in files)
                await AddAsync(new IncomingLetter(SafeName(file.FileName), await ReadAsync(file, cancellationToken), notifiedOn), null);
        }

        var batch = new StoredBatch(batchId, clock.GetUtcNow(), ids);
        await batches.SaveAsync(batch, cancellationToken);
        foreach (var id in queued)
            Enqueue(id);
        return batch;
    }

    private void Enqueue(string letterId) => jobs.Enqueue<ProcessLetterJob>(job => job.RunAsync(letterId));

    private async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > limits.MaxFileBytes)
            throw new LetterInputException(ErrorCode.TooLarge, $"'{SafeName(file.FileName)}' is larger than the {limits.MaxFileBytes / (1024 * 1024)} MB limit. Upload only the refusal letter, or a smaller scan of it.");
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

    /// <summary>The name without any folder part, trimmed to a sane length; it is shown back, never used as a path.</summary>
    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
            name = "letter";
        return name.Length > 200 ? name[..200] : name;
    }
}

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddLetterIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<LetterIntake>();
        return builder;
    }
}
