using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using LetterParser.Web.Letters;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Batches;

/// <summary>
/// Clinic batches: many letters (or one zip) in, per-letter statuses, CSV and JSON lines out. Needs an API key (none
/// in personal mode), and a batch is read back under the key that made it only.
/// </summary>
public static class BatchesApi
{
    public static IEndpointRouteBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/batches").WithTags("Batches")
            .AddEndpointFilter<ApiKeyEndpointFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/", SubmitBatch).DisableAntiforgery()
            .WithSummary("Upload several letters (field 'file', repeated) or one .zip of letters.");
        api.MapGet("/{id}", GetBatch).WithName(nameof(GetBatch))
            .WithSummary("Per-letter statuses, counts, and the letters in triage order (most urgent first).");
        api.MapGet("/{id}/report.csv", GetCsv).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("One CSV row per letter, in triage order, with a link to each report; ?language=fr for French headers and words.");
        api.MapGet("/{id}/report.jsonl", GetJsonLines).Produces(StatusCodes.Status200OK, contentType: "application/jsonl")
            .WithSummary("One report per line (as `letterparser batch --format jsonl`), in triage order, for the letters finished so far.");
        // The batch page's download link: the same key as the API, remembered by the pages' sign-in cookie.
        app.MapGet("/batches/{id}/report.csv", GetCsv).AddEndpointFilter<ApiKeyEndpointFilter>().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Accepted<BatchAccepted>, ProblemHttpResult>> SubmitBatch(
        IFormFileCollection file, [FromForm] DateOnly? notifiedOn, LetterIntake intake, ClinicKeys keys, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (Problems.NotifiedDate(notifiedOn, clock) is { } refused)
            return refused;
        // The collection binds every uploaded file; the contract's field is "file", but a client that names its
        // parts otherwise still gets its files read rather than an empty batch.
        var named = file.GetFiles("file");
        try
        {
            // The endpoint filter has already refused a request that may not make a batch.
            var owner = keys.BatchOwnerFor(context)!;
            var batch = await intake.SubmitBatchAsync(named.Count > 0 ? named : file, notifiedOn, owner, keys.ClientOf(context), cancellationToken);
            var accepted = BatchAccepted.For(batch);
            return TypedResults.Accepted(accepted.StatusUrl, accepted);
        }
        catch (LetterInputException e)
        {
            return Problems.For(e);
        }
        catch (QueueFullException e)
        {
            return Problems.For(e, context);
        }
    }

    public static async Task<Results<Ok<BatchStatusResponse>, NotFound>> GetBatch(string id, BatchViewQuery batchView, HttpContext context, CancellationToken cancellationToken) =>
        await batchView.ReadAsync(context, id, cancellationToken) is { } snapshot
            ? TypedResults.Ok(BatchStatusResponse.From(snapshot))
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> GetCsv(string id, string? language, BatchViewQuery batchView, HttpContext context, CancellationToken cancellationToken) =>
        await batchView.ReadAsync(context, id, cancellationToken) is { } snapshot
            ? TypedResults.File(BatchCsv.Write(snapshot, UiText.For(UiText.Parse(language) ?? ReportLanguage.En)), "text/csv; charset=utf-8", $"batch-{id}.csv")
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> GetJsonLines(string id, BatchViewQuery batchView, HttpContext context, CancellationToken cancellationToken)
    {
        if (await batchView.ReadAsync(context, id, cancellationToken) is not { } snapshot)
            return TypedResults.NotFound();
        var lines = new StringBuilder();
        foreach (var row in snapshot.InTriageOrder().Where(r => r.Report is not null))
            lines.Append(row.ReportJson).Append('\n');
        return TypedResults.File(Encoding.UTF8.GetBytes(lines.ToString()), "application/jsonl; charset=utf-8", $"batch-{id}.jsonl");
    }
}

/// <param name="Letters">Each letter's links carry its own secret, so that one report can be handed to its applicant without the key.</param>
public sealed record BatchAccepted(string Id, string StatusUrl, string PageUrl, string CsvUrl, string JsonlUrl, IReadOnlyList<LetterAccepted> Letters)
{
    public static BatchAccepted For(SubmittedBatch submitted)
    {
        var id = submitted.Batch.Id;
        return new(id, $"/api/batches/{id}", $"/batches/{id}", $"/api/batches/{id}/report.csv",
            $"/api/batches/{id}/report.jsonl", submitted.Letters.Select(LetterAccepted.For).ToList());
    }
}

public sealed record BatchCounts(int Total, int Queued, int Processing, int Completed, int Failed);

/// <param name="Triage">urgent, open, needs-review, unreadable, no-deadline or deadline-passed (Core's TriageOrder).</param>
/// <param name="NearestDeadline">The nearest open deadline of any next step; once all have passed, the last one.</param>
/// <param name="DaysLeft">Days from today to <paramref name="NearestDeadline"/>; negative once it has passed.</param>
/// <param name="Urgent">An open deadline within 7 days; never true for a passed one.</param>
/// <param name="Concerns">The concern ids of the report (a joined letter's include its printouts').</param>
/// <param name="JoinedTo">For a GCMS printout joined to the refusal letter of its application in this batch: that letter's id.</param>
/// <param name="JoinedNotes">For a refusal letter: the ids of the GCMS printouts of this batch joined to its report.</param>
public sealed record BatchLetterSummary(
    string Id,
    string FileName,
    LetterStatus Status,
    string StatusUrl,
    string ReportUrl,
    string? Triage,
    string? ApplicantName,
    string? ApplicationNumber,
    string? Uci,
    bool Misrepresentation,
    bool Urgent,
    bool ReviewNeeded,
    DateOnly? NearestDeadline,
    int? DaysLeft,
    DateOnly? JudicialReviewDeadline,
    IReadOnlyList<string> Grounds,
    ErrorDetail? Error,
    IReadOnlyList<string> Concerns,
    string? JoinedTo,
    IReadOnlyList<string> JoinedNotes);

/// <param name="Letters">The letters in triage order: open deadlines soonest first, then those to check, then the rest, then those whose deadlines all passed.</param>
public sealed record BatchStatusResponse(string Id, DateTimeOffset CreatedAt, bool Complete, BatchCounts Counts, IReadOnlyList<BatchLetterSummary> Letters, string CsvUrl, string JsonlUrl)
{
    public static BatchStatusResponse From(BatchSnapshot snapshot) => new(
        snapshot.Batch.Id,
        snapshot.Batch.CreatedAt,
        snapshot.Complete,
        new BatchCounts(snapshot.Rows.Count, snapshot.Count(LetterStatus.Queued), snapshot.Count(LetterStatus.Processing),
            snapshot.Count(LetterStatus.Completed), snapshot.Count(LetterStatus.Failed)),
        snapshot.InTriageOrder().Select(row => new BatchLetterSummary(
            row.Letter.Id,
            row.Letter.FileName,
            row.Letter.Status,
            $"/api/letters/{row.Letter.Id}",
            $"/letters/{row.Letter.Id}",
            row.Triage?.Code,
            row.Refusal?.Letter.ApplicantName,
            row.Refusal?.Letter.ApplicationNumber,
            row.Refusal?.Letter.Uci,
            row.Misrepresentation,
            row.Urgent,
            row.Triage?.ReviewNeeded ?? false,
            row.Triage?.Deadline?.Date,
            row.Triage?.DaysLeft,
            row.JudicialReviewDeadline?.Date,
            row.Refusal?.Findings.Select(f => f.GroundId).ToList() ?? [],
            row.Error,
            row.Refusal?.Concerns.Select(c => c.ConcernId).Distinct(StringComparer.Ordinal).ToList() ?? [],
            row.JoinedTo?.Id,
            row.JoinedNotes.Select(l => l.Id).ToList())).ToList(),
        $"/api/batches/{snapshot.Batch.Id}/report.csv",
        $"/api/batches/{snapshot.Batch.Id}/report.jsonl");
}

public static class BatchesExtensions
{
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BatchViewQuery>();
        return builder;
    }
}
