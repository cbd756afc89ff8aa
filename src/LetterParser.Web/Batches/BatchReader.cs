using LetterParser.Core.Reports;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Batches;

/// <summary>One letter of a batch as a clinic sees it.</summary>
public sealed record BatchRow(int UploadIndex, StoredLetter Letter, LetterReport? Report, string ReportJson)
{
    public RefusalReport? Refusal => Report as RefusalReport;

    public bool Misrepresentation => Refusal is { } r &&
        (r.Findings.Any(f => f.GroundId == "misrepresentation") || r.NextSteps.Any(s => s.Kind == NextStepKind.MisrepresentationBar));

    /// <summary>The earliest judicial review deadline (15 or 60 days), the one that decides urgency.</summary>
    public Deadline? JudicialReviewDeadline => Refusal?.NextSteps
        .Where(s => s.Kind == NextStepKind.JudicialReview)
        .SelectMany(s => s.Deadlines)
        .OrderBy(d => d.Date)
        .FirstOrDefault();

    public bool Urgent => Refusal?.NextSteps.Any(s => s.Urgent) ?? false;

    public ErrorDetail? Error => Letter.Failure ?? (Report as ErrorReport)?.Error;
}

/// <summary>A batch with its letters read back, in upload order and in triage order.</summary>
public sealed record BatchSnapshot(StoredBatch Batch, IReadOnlyList<BatchRow> Rows, DateOnly Today)
{
    public int Count(LetterStatus status) => Rows.Count(r => r.Letter.Status == status);

    public bool Complete => Rows.All(r => r.Letter.IsFinished);

    public int? DaysLeft(Deadline deadline) => deadline.Date.DayNumber - Today.DayNumber;

    /// <summary>
    /// Clinic triage (domain/next-steps.md): misrepresentation first, then by days left on the judicial review
    /// deadline, then the other reports, then letters that failed, then those still being read; upload order breaks ties.
    /// </summary>
    public IReadOnlyList<BatchRow> InTriageOrder() => Rows
        .OrderBy(r => r.Letter.Status switch
        {
            LetterStatus.Completed when r.Misrepresentation => 0,
            LetterStatus.Completed when r.JudicialReviewDeadline is not null => 1,
            LetterStatus.Completed => 2,
            LetterStatus.Failed => 3,
            _ => 4,
        })
        .ThenBy(r => r.JudicialReviewDeadline?.Date.DayNumber ?? int.MaxValue)
        .ThenBy(r => r.UploadIndex)
        .ToList();
}

/// <summary>Reads a batch and each of its letters' status and report.</summary>
public sealed class BatchReader(IBatchStore batches, ILetterStore letters, TimeProvider clock)
{
    public async Task<BatchSnapshot?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(id, cancellationToken) is not { } batch)
            return null;
        List<BatchRow> rows = [];
        for (var i = 0; i < batch.LetterIds.Count; i++)
        {
            // A letter deleted on its own leaves the batch: it is gone for everyone.
            if (await letters.FindAsync(batch.LetterIds[i], cancellationToken) is not { } letter)
                continue;
            var json = letter.IsFinished ? await letters.ReadReportJsonAsync(letter.Id, cancellationToken) : null;
            if (json is null && letter is { Status: LetterStatus.Failed, Failure: { } failure })
            {
                // Retries ran out without a report: the row still needs one, in the same shape the CLI prints.
                json = Core.Reports.ReportJson.Serialize(new ErrorReport(letter.FileName, failure));
            }
            var report = json is null ? null : Core.Reports.ReportJson.Deserialize(json);
            rows.Add(new BatchRow(i, letter, report, json ?? ""));
        }
        return new BatchSnapshot(batch, rows, DateOnly.FromDateTime(clock.GetLocalNow().Date));
    }
}
