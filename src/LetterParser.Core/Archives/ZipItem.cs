namespace LetterParser.Core.Archives;

/// <summary>
/// One entry of a zip as <see cref="LetterArchive"/> sees it, whether it was listed by the central directory
/// (<see cref="System.IO.Compression.ZipArchive"/>) or found by <see cref="LocalHeaderScan"/>: the sizes the zip
/// declares (a first filter only, never trusted as the count of what is inflated) and a way to inflate it.
/// </summary>
internal sealed record ZipItem(string FullName, long DeclaredLength, long CompressedLength, bool IsEncrypted, Func<Stream> Open)
{
    /// <summary>A folder proper: a name ending in a slash and nothing in it. A slash-ended name that holds data is a file.</summary>
    public bool IsFolder => (FullName.EndsWith('/') || FullName.EndsWith('\\')) && DeclaredLength == 0 && CompressedLength <= 2;
}
