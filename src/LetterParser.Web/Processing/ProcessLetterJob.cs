using Hangfire;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Storage;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Processing;

/// <summary>
/// The Hangfire job: read one stored letter, run the same pipeline the CLI runs, store the report.
/// Its only argument is the letter id. Safe to run twice: a letter that already has a report is left alone,
/// and a letter deleted meanwhile is skipped. A bad file is not an exception (the pipeline returns an
/// <see cref="ErrorReport"/>, stored as a failed letter), so only unexpected faults reach Hangfire's retries.
/// </summary>
public sealed class ProcessLetterJob(
    ILetterStore store,
    LetterPipeline pipeline,
    IHostApplicationLifetime lifetime,
    ILetterLock letterLock,
    IOptions<LetterProcessingOptions> options,
    ILogger<ProcessLetterJob> logger)
{
    /// <summary>Retries after the first attempt for faults that may pass (I/O, memory pressure, a restart).</summary>
    public const int Retries = 3;

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [5, 30, 120], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(string letterId)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        // A second run of the same letter (the job came back to the queue while its first run was still going)
        // waits here, then finds the report below and stops: never two pipelines on one letter at once.
        await using var held = await letterLock.AcquireAsync(letterId, cancellationToken);
        if (await store.ReadReportJsonAsync(letterId, cancellationToken) is not null)
        {
            logger.LogInformation("Letter {LetterRef} already has a report; nothing to do", LetterId.LogRef(letterId));
            return;
        }

        var letter = await store.BeginAttemptAsync(letterId, cancellationToken);
        var content = letter is null ? null : await store.ReadContentAsync(letterId, cancellationToken);
        if (letter is null || content is null)
        {
            logger.LogInformation("Letter {LetterRef} was deleted before it was processed", LetterId.LogRef(letterId));
            return;
        }

        var timeout = options.Value.JobTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        await using var progress = new LetterProgressRecorder(store, letterId, logger, cancellationToken);
        try
        {
            var processingOptions = new ProcessingOptions(NotifiedOn: letter.NotifiedOn, Progress: progress);
            var report = await pipeline.ProcessAsync(content, letter.FileName, processingOptions, limit.Token);
            await progress.DisposeAsync();
            await store.SaveReportAsync(letterId, report, cancellationToken);
            logger.LogInformation("Letter {LetterRef} processed: {Outcome}", LetterId.LogRef(letterId),
                report is ErrorReport error ? error.Error.Code.ToString() : "report");
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The same file would take as long again: a deterministic failure, reported and not retried.
            logger.LogWarning("Letter {LetterRef} took longer than {Timeout} and was stopped", LetterId.LogRef(letterId), timeout);
            await store.SaveReportAsync(letterId, new ErrorReport(letter.FileName, new ErrorDetail(ErrorCode.Unreadable,
                $"Reading this file took longer than {timeout.TotalMinutes:0.#} minutes, so it was stopped. Upload only the pages of the refusal letter, or a smaller or clearer scan of it.")),
                CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException && letter.Attempts > Retries)
        {
            // Retries are used up: say so in the letter's status instead of leaving it "processing" forever.
            // Only the exception type is logged: messages can quote the letter.
            logger.LogError("Letter {LetterRef} failed after {Attempts} attempts: {ExceptionType}", LetterId.LogRef(letterId), letter.Attempts, e.GetType().Name);
            await store.MarkFailedAsync(letterId, new ErrorDetail(ErrorCode.Internal,
                "LetterParser could not process this file because of an internal error. Try again later; if it keeps failing, the file may be unusual."), CancellationToken.None);
        }
    }
}
