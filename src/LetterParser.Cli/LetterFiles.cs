using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Cli;

/// <summary>Reading a letter file from disk without trusting its size.</summary>
internal static class LetterFiles
{
    /// <summary>The file's bytes, or an error report when it is over the size limit (checked before reading it).</summary>
    public static async Task<(ReadOnlyMemory<byte> Content, ErrorReport? Refusal)> ReadAsync(string path, string displayName, LetterLimits limits, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > limits.MaxFileBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, new ErrorReport(displayName, LetterErrors.TooLarge(limits.MaxFileBytes).Detail()));
        }
        var bytes = new byte[length];
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return (bytes, null);
    }

    /// <summary>The report for a file whose processing threw: no exception text, since it could quote the letter.</summary>
    public static ErrorReport Internal(string displayName) =>
        new(displayName, new ErrorDetail(ErrorCode.Internal,
            "Something went wrong inside LetterParser while reading this file. The other files are not affected; please report this file to the maintainers if you can share it."));

    /// <summary>The report for a file that took longer than the batch's time limit for one letter.</summary>
    public static ErrorReport TookTooLong(string displayName, TimeSpan limit) =>
        new(displayName, new ErrorDetail(ErrorCode.Unreadable,
            $"Reading this file took longer than {limit.TotalSeconds:0} seconds, so it was stopped and the batch went on. Upload only the pages of the refusal letter, or a smaller or clearer scan of it."));

    /// <summary>The report for a listed file that could not be opened (moved, deleted, or not readable by this user).</summary>
    public static ErrorReport Unopenable(string displayName) =>
        new(displayName, new ErrorDetail(ErrorCode.Unreadable,
            "This file could not be opened: it was moved or deleted during the batch, or this user may not read it. Check the file and run it again."));
}
