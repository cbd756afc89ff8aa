using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
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

    public FindingsReport? Refusal => Report as FindingsReport;

    public bool Misrepresentation => Refusal is { } r && TriageOrder.HasMisrepresentation(r);

    /// <summary>The earliest judicial review deadline (15 or 60 days), the one that decides urgency.</summary>
    public Deadline? JudicialReviewDeadline => Refusal is { } r ? TriageOrder.FirstJudicialReviewDeadline(r) : null;

    public bool Urgent => Triage?.Urgent ?? false;

    public ErrorDetail? Error => Letter.Failure ?? (Report as ErrorReport)?.Error;

    /// <summary>For a GCMS printout joined to the refusal letter of its application in this batch: that letter.</summary>
    public StoredLetter? JoinedTo { get; init; }

    /// <summary>For a refusal letter: the GCMS printouts of this batch whose concerns its report now holds.</summary>
    public IReadOnlyList<StoredLetter> JoinedNotes { get; init; } = [];
}

/// <summary>A batch with its letters read back, in upload order and in triage order.</summary>
public sealed record BatchSnapshot(StoredBatch Batch, IReadOnlyList<BatchRow> Rows, DateOnly Today)
{
    public int Count(LetterStatus status) => Rows.Count(r => r.Letter.Status == status);

    public bool Complete => Rows.All(r => r.Letter.IsFinished);

    /// <summary>
    /// The clinic's order (Core's <see cref="TriageOrder"/>, shared with <c>letterparser batch --order triage</c>):
    /// open deadlines soonest first, then letters to check, then the rest, then letters whose deadlines all passed;
    /// letters still being read come last, in upload order.
    /// </summary>
    public IReadOnlyList<BatchRow> InTriageOrder() =>
        [.. TriageOrder.Sort(Rows.Where(r => r.Report is not null), r => r.Report!, Today), .. Rows.Where(r => r.Report is null)];
}

/// <summary>
/// Reads a batch and each of its letters' status and report, for the clinic whose key owns it. The reports are those
/// of Core's <see cref="LetterNotesPairing"/> (as <c>letterparser batch</c> writes them): a refusal letter joined with
/// the GCMS printout of its application, read back each time, so a printout that finishes later still joins.
/// </summary>
public sealed class BatchViewQuery(IBatchStore batches, ILetterStore letters, ClinicKeys keys, TimeProvider clock)
{
    private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();

    /// <summary>Null when the batch does not exist or belongs to another key: the two look the same from outside.</summary>
    public async Task<BatchSnapshot?> ReadAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(id, cancellationToken) is not { } batch || !keys.MayUseBatchOf(context, batch.Owner))
            return null;
        var today = Today();
        return new BatchSnapshot(batch, await ReadRowsAsync(batch, today, cancellationToken), today);
    }

    /// <summary>
    /// One letter's report as its batch shows it: a refusal letter's with the concerns of its application's printouts,
    /// a printout's saying which letter it joined; any other report, or a letter in no batch, as stored. The caller has
    /// already let the reader in to this letter (its secret or its clinic's key): the batch's other reports are read only
    /// to join, and what they add is about the same application.
    /// </summary>
    public async Task<LetterReport> JoinedReportAsync(StoredLetter letter, LetterReport report, CancellationToken cancellationToken)
    {
        if (letter.BatchId is not { } batchId
            || report is not FindingsReport { DocumentKind: DocumentKind.RefusalLetter or DocumentKind.GcmsNotes }
            || await batches.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return report;
        }

        var rows = await ReadRowsAsync(batch, Today(), cancellationToken);
        return rows.FirstOrDefault(r => r.Letter.Id == letter.Id)?.Report ?? report;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    private async Task<List<BatchRow>> ReadRowsAsync(StoredBatch batch, DateOnly today, CancellationToken cancellationToken)
    {
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
        return Joined(rows, today);
    }

    /// <summary>The finished rows through Core's join; a changed report gets its JSON written again, so the JSON Lines show it.</summary>
    private static List<BatchRow> Joined(List<BatchRow> rows, DateOnly today)
    {
        var finished = rows.Where(r => r.Report is not null).ToList();
        var joined = LetterNotesPairing.Join(finished.Select(r => r.Report!).ToList(), Catalogue);
        var byRow = new Dictionary<BatchRow, BatchRow>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < finished.Count; i++)
        {
            if (ReferenceEquals(joined[i].Report, finished[i].Report))
                continue;
            var row = finished[i];
            // A new row rather than `with`: the triage is worked out from the report when a row is made.
            byRow[row] = new BatchRow(row.UploadIndex, row.Letter, joined[i].Report, Core.Reports.ReportJson.Serialize(joined[i].Report), today)
            {
                JoinedTo = joined[i].LetterIndex is { } letter ? finished[letter].Letter : null,
                JoinedNotes = [.. Enumerable.Range(0, finished.Count).Where(p => joined[p].LetterIndex == i).Select(p => finished[p].Letter)],
            };
        }
        return rows.Select(r => byRow.GetValueOrDefault(r, r)).ToList();
    }
}
