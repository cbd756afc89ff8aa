using System.Text.Json;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Intake;
using LetterParser.Web.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LetterParser.Web.Letters;

/// <summary>One letter: upload, status and report, deletion. Reachable by anyone holding the random id.</summary>
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
            .WithSummary("Status of a letter and, once finished, its report (report.schema.json).");
        api.MapDelete("/{id}", DeleteLetter)
            .WithSummary("Delete the uploaded file and its report now rather than at the retention limit.");
        return app;
    }

    public static async Task<Results<Accepted<LetterAccepted>, ProblemHttpResult>> SubmitLetter(
        IFormFile? file, [FromForm] DateOnly? notifiedOn, LetterIntake intake, CancellationToken cancellationToken)
    {
        if (file is null)
            return Problems.NoFile();
        try
        {
            var letter = await intake.SubmitLetterAsync(file, notifiedOn, cancellationToken);
            var accepted = LetterAccepted.For(letter.Id);
            return TypedResults.Accepted(accepted.StatusUrl, accepted);
        }
        catch (LetterInputException e)
        {
            return Problems.For(e);
        }
    }

    public static async Task<Results<Ok<LetterStatusResponse>, NotFound>> GetLetter(string id, ILetterStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } letter)
            return TypedResults.NotFound();
        var json = letter.IsFinished ? await store.ReadReportJsonAsync(id, cancellationToken) : null;
        JsonElement? report = json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
        return TypedResults.Ok(new LetterStatusResponse(letter.Id, letter.Status, report, letter.Failure));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteLetter(string id, ILetterStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <param name="StatusUrl">Poll this (GET) for the status and the report JSON.</param>
/// <param name="ReportUrl">The report as a page for people.</param>
public sealed record LetterAccepted(string Id, string StatusUrl, string ReportUrl)
{
    public static LetterAccepted For(string id) => new(id, $"/api/letters/{id}", $"/letters/{id}");
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

    public static ProblemHttpResult NoFile() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "No file",
        detail: "Send the letter as multipart/form-data in the field 'file'.");
}
