using LetterParser.Core.Archives;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Cli;

/// <summary>
/// One file of a batch. From a folder it is a path, read by the worker that processes it (so reading is parallel
/// and only files in flight are in memory); from a zip it arrives already inflated, or already refused.
/// </summary>
internal sealed record BatchItem(string Name, string? Path, ReadOnlyMemory<byte> Content, ErrorReport? Refusal);

/// <summary>The files of a batch, in output order.</summary>
/// <param name="Skipped">Files of a folder left out because they are notes or lists, not letters (index.tsv, README.md).</param>
internal sealed record BatchSource(IEnumerable<BatchItem> Items, int? Count, IDisposable? Owner, int Skipped = 0) : IDisposable
{
    /// <summary>Text files a clinic keeps beside its letters; a letter is a PDF, an image or a zip, never one of these.</summary>
    private static readonly HashSet<string> NotLetters = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".tsv", ".csv", ".md", ".json", ".jsonl", ".log" };

    public void Dispose() => Owner?.Dispose();

    /// <summary>A folder (with subfolders, sorted by path) or a zip; anything else is a usage error.</summary>
    public static BatchSource Open(string path, string shownAs, string? excludePath, LetterLimits limits)
    {
        if (Directory.Exists(path))
            return FromFolder(path, excludePath);
        if (!File.Exists(path))
            throw new UsageException($"No such folder or file: '{shownAs}'.");

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> start = stackalloc byte[4];
        var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (!LetterArchive.LooksLikeZip(start[..read]))
        {
            stream.Dispose();
            throw new UsageException($"'{shownAs}' is neither a folder nor a .zip file. To read one letter, use 'letterparser explain {shownAs}'.");
        }
        var items = LetterArchive.Read(stream, System.IO.Path.GetFileName(path), ArchiveLimits.Default with { MaxEntryBytes = limits.MaxFileBytes })
            .Select(entry => new BatchItem(entry.FileName, null, entry.Content, entry.Refusal));
        return new BatchSource(items, null, stream);
    }

    private static BatchSource FromFolder(string folder, string? excludePath)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Hidden and system files (.DS_Store, Thumbs.db...) are never letters.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = false,
        };
        var candidates = Directory.EnumerateFiles(folder, "*", options)
            .Select(full => (Full: full, Relative: System.IO.Path.GetRelativePath(folder, full).Replace('\\', '/')))
            .Where(f => !IsSkipped(f.Relative))
            .Where(f => excludePath is null || !string.Equals(f.Full, excludePath, StringComparison.Ordinal))
            .ToList();
        var files = candidates
            .Where(f => !NotLetters.Contains(System.IO.Path.GetExtension(f.Relative)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new BatchItem(f.Relative, f.Full, ReadOnlyMemory<byte>.Empty, null))
            .ToList();
        return new BatchSource(files, files.Count, null, candidates.Count - files.Count);
    }

    // On Linux a dot-file is not "hidden" by attribute, so check names too.
    private static bool IsSkipped(string relative) =>
        relative.Split('/').Any(segment => segment.StartsWith('.') || segment.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase));
}
