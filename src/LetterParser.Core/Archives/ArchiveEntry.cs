using LetterParser.Core.Reports;

namespace LetterParser.Core.Archives;

/// <summary>
/// One file taken out of a zip: either its bytes, or the <see cref="ErrorReport"/> that says why it was refused.
/// <see cref="FileName"/> is the entry's path inside the zip ("clinic/letter.pdf"), safe to show (no "..", no absolute
/// path, no control characters); a refused unsafe entry keeps only its final name.
/// </summary>
public sealed record ArchiveEntry(string FileName, ReadOnlyMemory<byte> Content, ErrorReport? Refusal)
{
    /// <summary>True when the entry was not read; <see cref="Refusal"/> says why and <see cref="Content"/> is empty.</summary>
    public bool IsRefused => Refusal is not null;

    internal static ArchiveEntry Refused(string fileName, ErrorCode code, string message) =>
        new(fileName, ReadOnlyMemory<byte>.Empty, new ErrorReport(fileName, new ErrorDetail(code, message)));
}
