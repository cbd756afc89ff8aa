using System.IO.Compression;
using System.Text;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Archives;

/// <summary>
/// Reads the letters out of a zip without trusting it. Sizes declared in the zip are only a first filter: every
/// entry is inflated through a counter that stops at the per-entry size, the total size and the compression ratio,
/// so a zip bomb costs at most the limit, never the memory it claims. Names are reduced to their final file name,
/// and entries that name a path outside the zip ("../x", "/etc/x", "C:\x") are refused. Folders, macOS resource
/// forks (__MACOSX/) and dot-files are skipped; a zip inside the zip is refused, not opened.
/// A refused entry becomes an <see cref="ErrorReport"/> for that entry and reading goes on with the next;
/// a zip that cannot be opened at all yields a single error named after the zip.
/// </summary>
public static class LetterArchive
{
    /// <summary>True when the bytes start like a zip (local file header or empty-archive marker).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> start) =>
        start.Length >= 4 && start[0] == (byte)'P' && start[1] == (byte)'K'
        && ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));

    /// <summary>
    /// The entries of the zip in <paramref name="zip"/>, in the zip's own order, read lazily: an entry is inflated
    /// only when the enumeration reaches it, so a caller that processes as it goes holds one entry at a time.
    /// The stream must stay open until the enumeration ends; it is not disposed. Pass a seekable stream (a file):
    /// for a non-seekable one ZipArchive first copies the whole zip into memory, so cap its size before calling.
    /// </summary>
    public static IEnumerable<ArchiveEntry> Read(Stream zip, string archiveName, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        limits ??= ArchiveLimits.Default;
        var displayName = DisplayName(archiveName);

        var archive = Open(zip, out var openError);
        if (archive is null)
        {
            yield return ArchiveEntry.Refused(displayName, ErrorCode.CorruptFile, openError!);
            yield break;
        }

        using (archive)
        {
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                yield return ArchiveEntry.Refused(displayName, ErrorCode.TooLarge,
                    $"The zip holds {entries.Count} entries; at most {limits.MaxEntries} are read from one zip. Split it into smaller zips.");
                yield break;
            }

            long total = 0;
            foreach (var entry in entries)
            {
                if (IsSkipped(entry.FullName))
                    continue;
                var result = ReadEntry(entry, limits, ref total);
                yield return result;
            }
        }
    }

    private static ZipArchive? Open(Stream zip, out string? error)
    {
        error = null;
        try
        {
            return new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            error = "This zip file is damaged or is not a zip file. Create it again from the letter files and upload it again.";
            return null;
        }
    }

    private static ArchiveEntry ReadEntry(ZipArchiveEntry entry, ArchiveLimits limits, ref long total)
    {
        // The folder inside the zip is kept, so two letter.pdf files in different folders can be told apart.
        var name = IsSafePath(entry.FullName) ? DisplayPath(entry.FullName) : DisplayName(entry.FullName);
        if (!IsSafePath(entry.FullName))
        {
            return ArchiveEntry.Refused(name, ErrorCode.CorruptFile,
                "This zip entry's name points outside the zip (an absolute path or \"..\"), so it was not read. Put the letter files directly in the zip.");
        }
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return NestedZip(name);
        if (entry.Length > limits.MaxEntryBytes)
            return TooLarge(name, limits.MaxEntryBytes);
        if (total >= limits.MaxTotalBytes)
            return TotalTooLarge(name, limits.MaxTotalBytes);

        try
        {
            using var stream = entry.Open();
            var budget = Math.Min(limits.MaxEntryBytes, limits.MaxTotalBytes - total);
            // The declared size only sizes the first buffer; the count that matters is the bytes actually inflated.
            using var buffer = new MemoryStream((int)Math.Clamp(entry.Length, 0, Math.Min(budget, 4 * 1024 * 1024)));
            var chunk = new byte[81920];
            long maxByRatio = Math.Max(limits.RatioCheckFloorBytes, entry.CompressedLength * limits.MaxCompressionRatio);
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                var inflated = buffer.Length + read;
                if (inflated > maxByRatio)
                {
                    total += buffer.Length;
                    return ArchiveEntry.Refused(name, ErrorCode.TooLarge,
                        $"This zip entry inflates to more than {limits.MaxCompressionRatio} times its compressed size, which letters never do, so it was not read.");
                }
                if (inflated > budget)
                {
                    total += buffer.Length;
                    return inflated > limits.MaxEntryBytes ? TooLarge(name, limits.MaxEntryBytes) : TotalTooLarge(name, limits.MaxTotalBytes);
                }
                buffer.Write(chunk, 0, read);
            }
            total += buffer.Length;
            var bytes = buffer.ToArray();
            if (LooksLikeZip(bytes))
                return NestedZip(name);
            return new ArchiveEntry(name, bytes, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            // Unknown compression method, bad CRC, truncated data: this entry is lost, the others may be fine.
            return ArchiveEntry.Refused(name, ErrorCode.CorruptFile,
                "This zip entry is damaged and could not be unpacked. Add the letter to the zip again, or upload it on its own.");
        }
    }

    private static ArchiveEntry NestedZip(string name) =>
        ArchiveEntry.Refused(name, ErrorCode.UnsupportedType,
            "This is a zip inside the zip; zips are not opened inside zips. Unzip it and put the letters in the outer zip directly.");

    private static ArchiveEntry TooLarge(string name, long max) =>
        ArchiveEntry.Refused(name, ErrorCode.TooLarge,
            $"This file is larger than the {max / (1024 * 1024)} MB limit once unzipped. Include only the refusal letter, or a smaller scan of it.");

    private static ArchiveEntry TotalTooLarge(string name, long max) =>
        ArchiveEntry.Refused(name, ErrorCode.TooLarge,
            $"The zip unpacks to more than {max / (1024 * 1024)} MB in total, so the files from this one on were not read. Split it into smaller zips.");

    /// <summary>Folders, macOS resource forks and hidden files are not letters and are left out silently.</summary>
    private static bool IsSkipped(string fullName)
    {
        if (fullName.Length == 0 || fullName.EndsWith('/') || fullName.EndsWith('\\'))
            return true;
        var segments = fullName.Split('/', '\\');
        return segments.Any(s => s.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
            || segments[^1].StartsWith('.');
    }

    private static bool IsSafePath(string fullName)
    {
        if (fullName.StartsWith('/') || fullName.StartsWith('\\'))
            return false;
        if (fullName.Length >= 2 && fullName[1] == ':')
            return false;
        return !fullName.Split('/', '\\').Any(s => s == "..");
    }

    /// <summary>The last segment of a path, with control characters replaced, safe to print and to put in a report.</summary>
    internal static string DisplayName(string path)
    {
        var last = path.Split('/', '\\').LastOrDefault(s => s.Length > 0 && s != "..") ?? "";
        return Clean(last);
    }

    /// <summary>A safe relative path ("clinic/2024/letter.pdf"): its segments cleaned like <see cref="DisplayName"/>, joined by '/'.</summary>
    internal static string DisplayPath(string path)
    {
        var segments = path.Split('/', '\\').Where(s => s.Length > 0 && s != "." && s != "..").Select(Clean).ToList();
        return segments.Count == 0 ? "(unnamed)" : string.Join('/', segments);
    }

    private static string Clean(string segment)
    {
        var clean = new StringBuilder(segment.Length);
        foreach (var c in segment)
            clean.Append(char.IsControl(c) || c is '\u202E' or '\u202D' ? '_' : c);
        return clean.Length == 0 ? "(unnamed)" : clean.ToString();
    }
}
