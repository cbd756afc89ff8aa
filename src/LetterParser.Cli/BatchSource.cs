using System.Runtime.InteropServices;
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

    /// <summary>
    /// Every file under <paramref name="folder"/>, sorted by path. What is not a regular file still gets a row, at once
    /// and without being opened (a named pipe would block the batch on open): pipes, sockets and devices are refused,
    /// a link is read when it ends at a regular file inside the folder and refused, saying why, otherwise.
    /// Links to folders are not followed, so a link loop cannot make the walk endless.
    /// </summary>
    private static BatchSource FromFolder(string folder, string? excludePath)
    {
        var root = UnixFiles.RealPath(folder) ?? System.IO.Path.GetFullPath(folder);
        var items = new List<BatchItem>();
        var notLetters = 0;
        var pending = new Stack<(string Full, string Relative)>();
        pending.Push((folder, ""));
        while (pending.TryPop(out var directory))
        {
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(directory.Full).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                items.Add(Refused(directory.Relative.TrimEnd('/'), ErrorCode.Unreadable,
                    "This folder could not be opened (this user may not read it), so the files in it were not read. Check its permissions and run the batch again."));
                continue;
            }
            foreach (var full in entries)
            {
                var name = System.IO.Path.GetFileName(full);
                var relative = directory.Relative + name;
                // On Linux a dot-file is not "hidden" by attribute, so names decide: .DS_Store, .git, __MACOSX...
                if (name.StartsWith('.') || name.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase)
                    || (excludePath is not null && string.Equals(full, excludePath, StringComparison.Ordinal)))
                {
                    continue;
                }

                var kind = UnixFiles.KindOf(full, followLinks: false);
                if (kind == FileKind.Directory)
                {
                    pending.Push((full, relative + "/"));
                    continue;
                }
                if (NotLetters.Contains(System.IO.Path.GetExtension(name)) && kind is FileKind.Regular or FileKind.Link)
                {
                    notLetters++;
                    continue;
                }
                items.Add(kind switch
                {
                    FileKind.Regular => new BatchItem(relative, full, ReadOnlyMemory<byte>.Empty, null),
                    FileKind.Link => Linked(full, relative, root),
                    _ => NotAFile(relative, kind),
                });
            }
        }
        items.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new BatchSource(items, items.Count, null, notLetters);
    }

    /// <summary>A link is read only when it ends at a regular file inside the folder being read.</summary>
    private static BatchItem Linked(string full, string relative, string root)
    {
        var target = UnixFiles.RealPath(full);
        if (target is null)
        {
            return Refused(relative, ErrorCode.Unreadable,
                "This is a link to a file that does not exist (a broken link), so there was nothing to read. Put the letter file itself in the folder.");
        }
        var kind = UnixFiles.KindOf(target, followLinks: true);
        if (kind == FileKind.Directory)
        {
            return Refused(relative, ErrorCode.Unreadable,
                "This is a link to a folder; links to folders are not followed in a batch. Run the batch on that folder, or copy it in.");
        }
        if (!target.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return Refused(relative, ErrorCode.Unreadable,
                "This is a link to a file outside the folder being read, so it was not followed. Copy the letter into the folder instead of linking to it.");
        }
        return kind == FileKind.Regular ? new BatchItem(relative, full, ReadOnlyMemory<byte>.Empty, null) : NotAFile(relative, kind);
    }

    private static BatchItem NotAFile(string relative, FileKind kind) =>
        Refused(relative, ErrorCode.UnsupportedType,
            $"This is {kind switch { FileKind.Pipe => "a named pipe (FIFO)", FileKind.Socket => "a socket", _ => "a device" }}, not a file, so it was not read. Put the letter file itself in the folder.");

    private static BatchItem Refused(string name, ErrorCode code, string message) =>
        new(name, null, ReadOnlyMemory<byte>.Empty, new ErrorReport(name, new ErrorDetail(code, message)));
}

/// <summary>What a directory entry is, as far as a batch cares.</summary>
internal enum FileKind { Regular, Directory, Link, Pipe, Socket, Device }

/// <summary>
/// The file type and real path that .NET does not expose: a named pipe, a socket and an empty file look alike to
/// <see cref="FileInfo"/>. On Linux from statx(2) and realpath(3) (both in glibc, with one layout on every
/// architecture); elsewhere from the attributes .NET has, which tell links and folders apart only.
/// </summary>
internal static class UnixFiles
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 0x1C;

    public static FileKind KindOf(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            var attributes = File.GetAttributes(path);
            return !followLinks && attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.Link
                : attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory : FileKind.Regular;
        }
        var buffer = new byte[256];
        if (Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
            return FileKind.Device; // vanished or unreadable: not something to open
        return (BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    /// <summary>The path with every link resolved, or null when it leads nowhere.</summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            var final = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return final is { Exists: true } || Directory.Exists(final?.FullName) ? System.IO.Path.GetFullPath(final!.FullName) : null;
        }
        var resolved = NativeRealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    // DllImport, not LibraryImport: the arguments are blittable or marshalled as UTF-8 strings, and this project
    // has no unsafe code for the source generator to emit.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr NativeRealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
