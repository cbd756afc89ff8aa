using System.IO.Compression;
using System.Text;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Archives;

/// <summary>
/// Reads the letters out of a zip without trusting it. Sizes declared in the zip are only a first filter: every
/// entry is inflated through a counter that stops at the per-entry size, the total size and the compression ratio
/// of the entry and of the zip as a whole, so a zip bomb costs at most the limit, never the memory or disk it
/// claims, however its size is spread over entries. Entries that name a path outside the zip ("../x", "/etc/x",
/// "C:\x") are refused; a zip inside the zip is refused, not opened; a password-protected entry is refused as such.
/// Folders and the junk of macOS and Windows (__MACOSX/, .DS_Store, ._x, Thumbs.db) are skipped; every other entry,
/// however odd its name (".x", "x/" holding data, no name at all), gives an entry. A zip whose central directory
/// cannot be read is listed from its local headers instead (<see cref="LocalHeaderScan"/>).
/// A refused entry becomes an <see cref="ErrorReport"/> for that entry and reading goes on with the next;
/// a zip that cannot be opened at all yields a single error named after the zip.
/// </summary>
public static class LetterArchive
{
    private const string Encrypted = "This zip is password-protected; unzip it and upload the letters.";

    /// <summary>Names that operating systems add beside the files a person zipped; never letters, left out silently.</summary>
    private static readonly HashSet<string> SystemJunk = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db", "desktop.ini" };

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

        var items = List(zip, limits, out var archive);
        if (items is null)
        {
            yield return ArchiveEntry.Refused(displayName, ErrorCode.CorruptFile,
                "This zip file is damaged or is not a zip file. Create it again from the letter files and upload it again.");
            yield break;
        }

        using (archive)
        {
            if (items.Count > limits.MaxEntries)
            {
                yield return ArchiveEntry.Refused(displayName, ErrorCode.TooLarge,
                    $"The zip holds {(archive is null ? "more than " + limits.MaxEntries : items.Count)} entries; at most {limits.MaxEntries} are read from one zip. Split it into smaller zips.");
                yield break;
            }

            var totals = new InflatedTotals(zip.CanSeek ? zip.Length : long.MaxValue);
            foreach (var item in items)
            {
                if (IsSkipped(item))
                    continue;
                yield return ReadEntry(item, limits, totals);
            }
        }
    }

    /// <summary>
    /// The zip's entries from its central directory, else from its local headers; null when neither can be read.
    /// <paramref name="archive"/> is what must stay open while the entries are read (null for a scanned zip).
    /// </summary>
    private static IReadOnlyList<ZipItem>? List(Stream zip, ArchiveLimits limits, out ZipArchive? archive)
    {
        archive = null;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
            // The central directory is parsed on first use; a damaged one throws here, not in the constructor.
            return archive.Entries
                .Select(e => new ZipItem(e.FullName, e.Length, e.CompressedLength, e.IsEncrypted, e.Open))
                .ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            archive?.Dispose();
            archive = null;
        }
        if (!zip.CanSeek)
            return null;
        try
        {
            var scanned = LocalHeaderScan.Scan(zip, limits.MaxEntries, limits.MaxEntryBytes);
            return scanned.Count == 0 ? null : scanned;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static ArchiveEntry ReadEntry(ZipItem entry, ArchiveLimits limits, InflatedTotals totals)
    {
        // The folder inside the zip is kept, so two letter.pdf files in different folders can be told apart.
        var name = IsSafePath(entry.FullName) ? DisplayPath(entry.FullName) : DisplayName(entry.FullName);
        if (!IsSafePath(entry.FullName))
        {
            return ArchiveEntry.Refused(name, ErrorCode.CorruptFile,
                "This zip entry's name points outside the zip (an absolute path or \"..\"), so it was not read. Put the letter files directly in the zip.");
        }
        if (entry.IsEncrypted)
            return ArchiveEntry.Refused(name, ErrorCode.UnsupportedType, Encrypted);
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return NestedZip(name);
        if (entry.DeclaredLength > limits.MaxEntryBytes)
            return TooLarge(name, limits.MaxEntryBytes);
        if (totals.OverRatio)
            return ZipOverRatio(name, limits.MaxCompressionRatio);
        if (totals.Inflated >= limits.MaxTotalBytes)
            return TotalTooLarge(name, limits.MaxTotalBytes);

        totals.AddCompressed(entry.CompressedLength);
        try
        {
            using var stream = entry.Open();
            var budget = Math.Min(limits.MaxEntryBytes, limits.MaxTotalBytes - totals.Inflated);
            // The declared size only sizes the first buffer; the count that matters is the bytes actually inflated.
            using var buffer = new MemoryStream((int)Math.Clamp(entry.DeclaredLength, 0, Math.Min(budget, 4 * 1024 * 1024)));
            var chunk = new byte[81920];
            var maxByRatio = MaxByRatio(entry.CompressedLength, limits);
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                var inflated = buffer.Length + read;
                if (inflated > maxByRatio)
                {
                    totals.AddInflated(buffer.Length);
                    return ArchiveEntry.Refused(name, ErrorCode.TooLarge,
                        $"This zip entry inflates to more than {limits.MaxCompressionRatio} times its compressed size, which letters never do, so it was not read.");
                }
                // Many small entries that each pass the check above still make a bomb together: the zip as a whole
                // is held to the same ratio, so 300 entries of 1 MB of zeros stop after the first megabyte or two.
                if (totals.Inflated + inflated > MaxByRatio(totals.Compressed, limits))
                {
                    totals.AddInflated(buffer.Length);
                    totals.OverRatio = true;
                    return ZipOverRatio(name, limits.MaxCompressionRatio);
                }
                if (inflated > budget)
                {
                    totals.AddInflated(buffer.Length);
                    return inflated > limits.MaxEntryBytes ? TooLarge(name, limits.MaxEntryBytes) : TotalTooLarge(name, limits.MaxTotalBytes);
                }
                buffer.Write(chunk, 0, read);
            }
            totals.AddInflated(buffer.Length);
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

    private static long MaxByRatio(long compressed, ArchiveLimits limits) =>
        Math.Max(limits.RatioCheckFloorBytes, compressed * limits.MaxCompressionRatio);

    private static ArchiveEntry ZipOverRatio(string name, int ratio) =>
        ArchiveEntry.Refused(name, ErrorCode.TooLarge,
            $"This zip unpacks to more than {ratio} times its own size, which zips of letters never do, so the files from this one on were not read. Zip the letter files again, or upload them on their own.");

    private static ArchiveEntry NestedZip(string name) =>
        ArchiveEntry.Refused(name, ErrorCode.UnsupportedType,
            "This is a zip inside the zip; zips are not opened inside zips. Unzip it and put the letters in the outer zip directly.");

    private static ArchiveEntry TooLarge(string name, long max) =>
        ArchiveEntry.Refused(name, ErrorCode.TooLarge,
            $"This file is larger than the {max / (1024 * 1024)} MB limit once unzipped. Include only the refusal letter, or a smaller scan of it.");

    private static ArchiveEntry TotalTooLarge(string name, long max) =>
        ArchiveEntry.Refused(name, ErrorCode.TooLarge,
            $"The zip unpacks to more than {max / (1024 * 1024)} MB in total, so the files from this one on were not read. Split it into smaller zips.");

    /// <summary>Folders and what macOS and Windows add beside zipped files are not letters and are left out silently.</summary>
    private static bool IsSkipped(ZipItem entry)
    {
        if (entry.IsFolder)
            return true;
        var segments = entry.FullName.Split('/', '\\');
        var last = segments.LastOrDefault(s => s.Length > 0) ?? "";
        return segments.Any(s => s.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
            || SystemJunk.Contains(last)
            || last.StartsWith("._", StringComparison.Ordinal);
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
