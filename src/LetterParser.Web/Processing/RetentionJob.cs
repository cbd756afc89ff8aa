using LetterParser.Web.Storage;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Processing;

/// <summary>Recurring job: deletes uploads, reports and batches older than <c>Retention:Days</c>.</summary>
public sealed class RetentionJob(ILetterStore letters, IBatchStore batches, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
{
    public const string RecurringJobId = "delete-expired-letters";

    public async Task RunAsync()
    {
        var cutoff = clock.GetUtcNow().AddDays(-Math.Max(0, options.Value.Days));
        var deletedLetters = await letters.DeleteCreatedBeforeAsync(cutoff, CancellationToken.None);
        var deletedBatches = await batches.DeleteCreatedBeforeAsync(cutoff, CancellationToken.None);
        logger.LogInformation("Retention: deleted {Letters} letters and {Batches} batches older than {Days} days",
            deletedLetters, deletedBatches, options.Value.Days);
    }
}
