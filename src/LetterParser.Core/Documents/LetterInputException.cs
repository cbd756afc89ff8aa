using LetterParser.Core.Reports;

namespace LetterParser.Core.Documents;

/// <summary>
/// A file that cannot be read as a letter, for a reason that will not change on retry
/// (empty, corrupt, encrypted, too large...). The pipeline turns it into an <see cref="ErrorReport"/>.
/// </summary>
public sealed class LetterInputException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;
}
