using System.Text.Json;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Letters;

/// <summary>One letter: upload, status and report, deletion. Opened by its secret or its batch's key (<see cref="LetterAccess"/>).</summary>
public static class LettersApi
{
    public static IEndpointRouteBuilder MapLettersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/letters").WithTags("Letters");
        // One letter needs no more than the per-file cap plus room for the multipart envelope; Kestrel stops
        // reading past it instead of buffering a batch-sized body.
        var maxBody = app.ServiceProvider.GetRequiredService<LetterLimits>().MaxFileBytes + 64 * 1024;
        // API clients send no cookies, so there is nothing for a forged cross-site request to ride on.
        api.MapPost("/", SubmitLetter).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(maxBody))
            .WithSummary("Upload one letter (multipart field 'file'); processing happens in the background.");
        api.MapGet("/{id}", GetLetter).WithName(nameof(GetLetter))
            .WithSummary("Status of a letter and, once finished, its report (report.schema.json). Needs the letter's secret (the statusUrl as returned) or its batch's X-Api-Key.");
        api.MapDelete("/{id}", DeleteLetter)
            .WithSummary("Delete the uploaded file and its report now rather than at the retention limit. Needs the letter's secret or its batch's X-Api-Key.");
        return app;
    }

    public static async Task<Results<Accepted<LetterAccepted>, ProblemHttpResult>> SubmitLetter(
        IFormFile? file, [FromForm] DateOnly? notifiedOn, LetterIntake intake, ClinicKeys keys, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (Problems.NotifiedDate(notifiedOn, clock) is { } refused)
            return refused;
        if (file is null)
            return Problems.NoFile();
        try
        {
            var submitted = await intake.SubmitLetterAsync(file, notifiedOn, keys.ClientOf(context), cancellationToken);
            var accepted = LetterAccepted.For(submitted);
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

    /// <param name="language">en or fr: the report's explanations in that language (default: the letter's own).</param>
    public static async Task<Results<Ok<LetterStatusResponse>, NotFound>> GetLetter(
        string id, string? language, LetterAccess access, ILetterStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(context, id, cancellationToken) is not { } letter)
            return TypedResults.NotFound();
        var json = letter.IsFinished ? await store.ReadReportJsonAsync(id, cancellationToken) : null;
        if (json is not null && UiText.Parse(language) is { } asked)
            json = ReportJson.Serialize(ReportTranslator.To(ReportJson.Deserialize(json), asked));
        JsonElement? report = json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
        return TypedResults.Ok(new LetterStatusResponse(letter.Id, letter.Status, report, letter.Failure));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteLetter(
        string id, LetterAccess access, ILetterStore store, HttpContext context, CancellationToken cancellationToken) =>
        await access.FindAsync(context, id, cancellationToken) is not null && await store.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}

/// <param name="StatusUrl">Poll this (GET) for the status and the report JSON. It carries the letter's secret: keep it private.</param>
/// <param name="ReportUrl">The report as a page for people, with the same secret.</param>
public sealed record LetterAccepted(string Id, string StatusUrl, string ReportUrl)
{
    public static LetterAccepted For(SubmittedLetter letter) => new(
        letter.Letter.Id,
        LetterAccess.Link($"/api/letters/{letter.Letter.Id}", letter.Secret),
        LetterAccess.Link($"/letters/{letter.Letter.Id}", letter.Secret));
}

/// <param name="Report">The report (report.schema.json) once completed, or the error report when the file could not be read.</param>
/// <param name="Error">Why the letter failed, when it did.</param>
public sealed record LetterStatusResponse(string Id, LetterStatus Status, JsonElement? Report, ErrorDetail? Error);

/// <summary>RFC 9457 problem details for refused uploads, carrying the same error code as an ErrorReport.</summary>
public static class Problems
{
    public static ProblemHttpResult For(LetterInputException e) => TypedResults.Problem(
        statusCode: e.Code == ErrorCode.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
        title: "The upload was refused",
        detail: e.Message,
        extensions: new Dictionary<string, object?> { ["code"] = JsonNamingPolicy.KebabCaseLower.ConvertName(e.Code.ToString()) });

    /// <summary>429 with <c>Retry-After</c>: the client has as much unfinished work queued as it may.</summary>
    public static ProblemHttpResult For(QueueFullException e, HttpContext context)
    {
        context.Response.Headers.RetryAfter = ((int)QueueFullException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too much work queued", detail: e.Message);
    }

    /// <summary>A received-on date after today, refused before anything is stored (Core's NotifiedDate rule).</summary>
    public static ProblemHttpResult? NotifiedDate(DateOnly? notifiedOn, TimeProvider clock) =>
        Core.Pipeline.NotifiedDate.Problem(notifiedOn, DateOnly.FromDateTime(clock.GetLocalNow().Date), UiText.English) is { } detail
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The date you received the letter is in the future", detail: detail,
                extensions: new Dictionary<string, object?> { ["code"] = "notified-in-future" })
            : null;

    public static ProblemHttpResult NoFile() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "No file",
        detail: "Send the letter as multipart/form-data in the field 'file'.");
}
