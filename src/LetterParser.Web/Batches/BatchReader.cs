using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Web.Hosting;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Batches;

/// <summary>One letter of a batch as a clinic sees it.</summary>
public sealed record BatchRow(int UploadIndex, StoredLetter Letter, LetterReport? Report, string ReportJson, DateOnly Today)
{
    /// <summary>Core's triage of the report as of today; null while the letter is still being read.</summary>
    public Triage? Triage { get; } = Report is null ? null : TriageOrder.Of(Report, Today);

    public RefusalReport? Refusal => Report as RefusalReport;

    public bool Misrepresentation => Refusal is { } r && TriageOrder.HasMisrepresentation(r);

    /// <summary>The earliest judicial review deadline (15 or 60 days), the one that decides urgency.</summary>
    public Deadline? JudicialReviewDeadline => Refusal is { } r ? TriageOrder.FirstJudicialReviewDeadline(r) : null;

    public bool Urgent => Triage?.Urgent ?? false;

    public ErrorDetail? Error => Letter.Failure ?? (Report as ErrorReport)?.Error;
}

/// <summary>A batch with its letters read back, in upload order and in triage order.</summary>
public sealed record BatchSnapshot(StoredBatch Batch, IReadOnlyList<BatchRow> Rows, DateOnly Today)
{
    public int Count(LetterStatus status) => Rows.Count(r => r.Letter.Status == status);

    public bool Complete => Rows.All(r => r.Letter.IsFinished);

    public int? DaysLeft(Deadline deadline) => DeadlineClock.DaysLeft(deadline, Today);

    /// <summary>
    /// The clinic's order (Core's <see cref="TriageOrder"/>, shared with <c>letterparser batch --order triage</c>):
    /// open deadlines soonest first, then letters to check, then the rest, then letters whose deadlines all passed;
    /// letters still being read come last, in upload order.
    /// </summary>
    public IReadOnlyList<BatchRow> InTriageOrder() =>
        [.. TriageOrder.Sort(Rows.Where(r => r.Report is not null), r => r.Report!, Today), .. Rows.Where(r => r.Report is null)];
}

/// <summary>Reads a batch and each of its letters' status and report, for the clinic whose key owns it.</summary>
public sealed class BatchReader(IBatchStore batches, ILetterStore letters, ClinicKeys keys, TimeProvider clock)
{
    /// <summary>Null when the batch does not exist or belongs to another key: the two look the same from outside.</summary>
    public async Task<BatchSnapshot?> ReadAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(id, cancellationToken) is not { } batch || !keys.MayUseBatchOf(context, batch.Owner))
            return null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        List<BatchRow> rows = [];
        for (var i = 0; i < batch.LetterIds.Count; i++)
        {
            // A letter deleted on its own leaves the batch: it is gone for everyone.
            if (await letters.FindAsync(batch.LetterIds[i], cancellationToken) is not { } letter)
                continue;
            var json = letter.IsFinished ? await letters.ReadReportJsonAsync(letter.Id, cancellationToken) : null;
            if (json is null && letter is { Status: LetterStatus.Failed, Failure: { } failure })
            {
                // Retries ran out without a report: the row still needs one, in the shape the CLI prints for an internal error.
                json = Core.Reports.ReportJson.Serialize(new ErrorReport(letter.FileName, failure));
            }
            var report = json is null ? null : Core.Reports.ReportJson.Deserialize(json);
            rows.Add(new BatchRow(i, letter, report, json ?? "", today));
        }
        return new BatchSnapshot(batch, rows, today);
    }
}
