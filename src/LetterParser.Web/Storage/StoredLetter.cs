using LetterParser.Core.Reports;

namespace LetterParser.Web.Storage;

/// <summary>Where a letter is in its life. Serialized in the API as queued | processing | completed | failed.</summary>
public enum LetterStatus { Queued, Processing, Completed, Failed }

/// <summary>
/// What the service keeps about one uploaded letter besides its bytes and its report.
/// <paramref name="FileName"/> is the name the person gave the file: it can hold their name, so it is never logged.
/// <paramref name="SecretHash"/> is the hash of the letter's secret (<see cref="LetterSecret"/>): the id names the
/// letter, the secret opens it. <paramref name="Client"/> is a hash of who uploaded it (clinic key or address), used
/// only to cap how much unfinished work one client may queue.
/// </summary>
public sealed record StoredLetter(
    string Id,
    string FileName,
    string? BatchId,
    DateTimeOffset CreatedAt,
    LetterStatus Status,
    DateOnly? NotifiedOn,
    int Attempts,
    ErrorDetail? Failure,
    string? SecretHash = null,
    string? Client = null)
{
    public bool IsFinished => Status is LetterStatus.Completed or LetterStatus.Failed;
}

/// <summary>
/// A clinic's upload of several letters, in upload order. <paramref name="Owner"/> is the owner id of the clinic key
/// that created it (<c>ClinicKeys</c>); only the same key reads it again.
/// </summary>
public sealed record StoredBatch(string Id, DateTimeOffset CreatedAt, IReadOnlyList<string> LetterIds, string? Owner = null);

/// <summary>A file about to be stored: its name as uploaded, its bytes, and who may open it (see <see cref="StoredLetter"/>).</summary>
public sealed record IncomingLetter(string FileName, ReadOnlyMemory<byte> Content, DateOnly? NotifiedOn = null, string? SecretHash = null, string? Client = null);
