using System.IO.Compression;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Web.Intake;

// STAND-IN until Core's LetterArchive lands on main (the lead will dedupe): reads the letters out of a zip
// in memory, never touching the disk, so entry names cannot escape anywhere. Sizes are enforced on the bytes
// actually inflated, not on what the archive claims, so a zip bomb stops at the cap.
internal static class ZipLetters
{
    public static bool LooksLikeZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    public static IReadOnlyList<(string FileName, byte[] Content)> Read(Stream zip, int maxEntries, long maxEntryBytes, long maxTotalBytes)
    {
        List<(string, byte[])> letters = [];
        long total = 0;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in archive.Entries)
            {
                var name = Path.GetFileName(entry.FullName.Replace('\\', '/'));
                // Folders, macOS resource forks and hidden files are not letters.
                if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                    continue;
                if (letters.Count == maxEntries)
                    throw new LetterInputException(ErrorCode.TooLarge, $"The zip holds more than {maxEntries} files. Split it into smaller batches.");
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = input.Read(chunk)) > 0)
                {
                    total += read;
                    if (buffer.Length + read > maxEntryBytes)
                        throw new LetterInputException(ErrorCode.TooLarge, $"'{name}' in the zip is larger than the {maxEntryBytes / (1024 * 1024)} MB limit for one letter.");
                    if (total > maxTotalBytes)
                        throw new LetterInputException(ErrorCode.TooLarge, "The zip unpacks to more than this service accepts in one batch. Split it into smaller batches.");
                    buffer.Write(chunk, 0, read);
                }
                letters.Add((name, buffer.ToArray()));
            }
        }
        catch (InvalidDataException)
        {
            throw new LetterInputException(ErrorCode.CorruptFile, "The zip file is damaged or uses an unsupported compression method. Zip the letters again, or upload them as separate files.");
        }
        return letters;
    }
}
