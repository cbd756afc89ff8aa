using LetterParser.Core.Reports;

namespace LetterParser.Web.Storage;

/// <summary>Where a letter is in its life. Serialized in the API as queued | processing | completed | failed.</summary>
public enum LetterStatus { Queued, Processing, Completed, Failed }

/// <summary>
/// What the service keeps about one uploaded letter besides its bytes and its report.
/// <paramref name="FileName"/> is the name the person gave the file: it can hold their name, so it is never logged.
/// </summary>
public sealed record StoredLetter(
    string Id,
    string FileName,
    string? BatchId,
    DateTimeOffset CreatedAt,
    LetterStatus Status,
    DateOnly? NotifiedOn,
    int Attempts,
    ErrorDetail? Failure)
{
    public bool IsFinished => Status is LetterStatus.Completed or LetterStatus.Failed;
}

/// <summary>A clinic's upload of several letters, in upload order.</summary>
public sealed record StoredBatch(string Id, DateTimeOffset CreatedAt, IReadOnlyList<string> LetterIds);

/// <summary>A file about to be stored: its name as uploaded and its bytes.</summary>
public sealed record IncomingLetter(string FileName, ReadOnlyMemory<byte> Content, DateOnly? NotifiedOn = null);
