using System.Text;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Pdf;
using LetterParser.Web.Batches;
using LetterParser.Web.Pages;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterParser.Web.Letters;

/// <summary>
/// What a person keeps or acts on: the report as a PDF, the open deadlines as a calendar file, and the reading
/// progress the report page shows while it waits. Opened, like the report, by the letter's secret (link or cookie) or its
/// batch's key (<see cref="LetterAccess"/>); an id alone answers 404.
/// </summary>
public static class ReportExportsApi
{
    public static IEndpointRouteBuilder MapReportExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/letters").WithTags("Letters");
        api.MapGet("/{id}/report.pdf", GetPdf).Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("The report as a PDF (?language=en|fr; default: the letter's language).");
        api.MapGet("/{id}/deadlines.ics", GetCalendar).Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .WithSummary("Each open deadline as an all-day calendar event with a reminder a week before (RFC 5545).");
        // The report page's own links: the same files, opened by the cookie the page set (the API takes no cookie).
        app.MapGet("/letters/{id}/report.pdf", GetPdf).ExcludeFromDescription();
        app.MapGet("/letters/{id}/deadlines.ics", GetCalendar).ExcludeFromDescription();
        // The report page's own polling: words in the page's language, not part of the API.
        app.MapGet("/letters/{id}/progress", GetProgress).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound, Conflict<string>>> GetPdf(
        string id, string? language, HttpContext context, LetterAccess access, ILetterStore store, BatchViewQuery batches, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await FinishedReportAsync(context, id, access, store, batches, cancellationToken);
        if (!found.Ready)
            return found.Missing ? TypedResults.NotFound() : TypedResults.Conflict("The report is not ready yet.");
        var view = new ReportView(UiText.Parse(language) ?? UiText.DefaultFor(found.Report!), Today(clock));
        var pdf = PdfReportRenderer.Render(ReportDocument.Build(found.Report!, view));
        return TypedResults.File(pdf, "application/pdf", DownloadName(found.Letter!.FileName, ".pdf"));
    }

    public static async Task<Results<FileContentHttpResult, NotFound, Conflict<string>>> GetCalendar(
        string id, string? language, HttpContext context, LetterAccess access, ILetterStore store, BatchViewQuery batches, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await FinishedReportAsync(context, id, access, store, batches, cancellationToken);
        if (!found.Ready)
            return found.Missing ? TypedResults.NotFound() : TypedResults.Conflict("The report is not ready yet.");
        if (found.Report is not FindingsReport refusal)
            return TypedResults.Conflict("The file could not be read, so it has no deadlines.");
        var view = new ReportView(UiText.Parse(language) ?? UiText.DefaultFor(refusal), Today(clock));
        var link = $"{context.Request.Scheme}://{context.Request.Host}/letters/{id}";
        var ics = DeadlineCalendar.Write(refusal, view, clock.GetUtcNow(), link);
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", DownloadName(found.Letter!.FileName, "-deadlines.ics"));
    }

    /// <summary>Where the letter is: its status, its place in the queue, and a sentence saying so in the page's language.</summary>
    public static async Task<Results<Ok<LetterProgress>, NotFound>> GetProgress(string id, HttpContext context, LetterAccess access, ILetterStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        await access.FindAsync(context, id, cancellationToken) is { } letter
            ? TypedResults.Ok(await LetterProgress.OfAsync(letter, store, UiText.For(PageLanguage.Resolve(context)), clock, cancellationToken))
            : TypedResults.NotFound();

    /// <param name="Missing">No such letter (or deleted); otherwise, without a report, it is still being read.</param>
    private sealed record Found(StoredLetter? Letter, LetterReport? Report, bool Missing)
    {
        public bool Ready => Report is not null;
    }

    /// <summary>The report as the page shows it: in a batch, joined with the GCMS printout of its application.</summary>
    private static async Task<Found> FinishedReportAsync(HttpContext context, string id, LetterAccess access, ILetterStore store, BatchViewQuery batches, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(context, id, cancellationToken) is not { } letter)
            return new Found(null, null, Missing: true);
        var json = letter.IsFinished ? await store.ReadReportJsonAsync(id, cancellationToken) : null;
        var report = json is null ? null : await batches.JoinedReportAsync(letter, ReportJson.Deserialize(json), cancellationToken);
        return new Found(letter, report, Missing: false);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>A download name from the uploaded one: only safe characters, never a path.</summary>
    private static string DownloadName(string fileName, string suffix)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        var safe = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return (safe.Length == 0 ? "letter" : safe) + "-report" + suffix.Replace("-report", "");
    }
}
