using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LetterParser.Core.Archives;

/// <summary>
/// Lists a zip by walking its local file headers from the start, as <c>unzip</c> does when the central directory
/// at the end is missing or disagrees with itself (a wrong entry count or offset, data prepended by a
/// self-extractor, a truncated upload) — zips some tools write, which <see cref="ZipArchive"/> refuses whole.
/// Only headers are read here; an entry's data is read when it is opened, and only up to
/// the per-entry limit, so a hostile header costs no more than a normal entry.
/// CRCs are not checked: a letter damaged in the zip fails as a damaged file when it is read.
/// </summary>
internal static class LocalHeaderScan
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint DataDescriptor = 0x08074b50;
    private const int LocalHeaderBytes = 30;

    /// <summary>
    /// The entries found, at most <paramref name="maxEntries"/> + 1 (one more says "too many"); empty when the stream
    /// holds no local header at all. The stream must be seekable and stay open while entries are opened.
    /// </summary>
    public static IReadOnlyList<ZipItem> Scan(Stream zip, int maxEntries, long maxCompressedBytes)
    {
        var items = new List<ZipItem>();
        var position = Find(zip, 0, LocalHeader);
        var header = new byte[LocalHeaderBytes];
        while (position >= 0 && items.Count <= maxEntries)
        {
            zip.Position = position;
            if (zip.ReadAtLeast(header, LocalHeaderBytes, throwOnEndOfStream: false) < LocalHeaderBytes)
                break;
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18));
            long declared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
            var nameBytes = new byte[nameLength];
            if (zip.ReadAtLeast(nameBytes, nameLength, throwOnEndOfStream: false) < nameLength)
                break;
            var dataStart = position + LocalHeaderBytes + nameLength + extraLength;

            // Bit 3: the sizes follow the data in a descriptor, so the data ends where the descriptor that counts it is.
            var sizesFollow = (flags & 0x08) != 0 && compressed == 0;
            var dataEnd = sizesFollow ? DescriptorAt(zip, dataStart, out compressed, out declared) : dataStart + compressed;
            if (dataEnd < 0 || dataEnd > zip.Length)
            {
                compressed = Math.Max(0, zip.Length - dataStart);
                dataEnd = zip.Length;
            }

            var start = dataStart;
            var length = compressed;
            items.Add(new ZipItem(Encoding.UTF8.GetString(nameBytes), declared, compressed, (flags & 0x01) != 0,
                () => OpenData(zip, start, length, method, maxCompressedBytes)));
            position = Find(zip, Math.Max(dataEnd, position + 4), LocalHeader);
        }
        return items;
    }

    private static Stream OpenData(Stream zip, long start, long length, ushort method, long maxCompressedBytes)
    {
        if (method is not (0 or 8))
            throw new NotSupportedException("Compression method not supported.");
        // An entry compressed to more than the limit inflates to more than it: refused by the caller's counter.
        var data = new byte[Math.Clamp(length, 0, maxCompressedBytes + 1)];
        zip.Position = start;
        var read = zip.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
        var bytes = new MemoryStream(data, 0, read, writable: false);
        return method == 0 ? bytes : new DeflateStream(bytes, CompressionMode.Decompress);
    }

    /// <summary>Where the data that a trailing descriptor counts ends (its sizes set), or -1 when no descriptor matches.</summary>
    private static long DescriptorAt(Stream zip, long dataStart, out long compressed, out long declared)
    {
        compressed = declared = 0;
        var candidate = new byte[16];
        // Bounded: a hostile entry could be nothing but descriptor signatures.
        var tries = 0;
        for (var at = Find(zip, dataStart, DataDescriptor); at >= 0 && tries++ < 100; at = Find(zip, at + 1, DataDescriptor))
        {
            zip.Position = at;
            if (zip.ReadAtLeast(candidate, 16, throwOnEndOfStream: false) < 16)
                return -1;
            if (BinaryPrimitives.ReadUInt32LittleEndian(candidate.AsSpan(8)) == at - dataStart)
            {
                compressed = at - dataStart;
                declared = BinaryPrimitives.ReadUInt32LittleEndian(candidate.AsSpan(12));
                return at;
            }
        }
        // No descriptor with a signature: the data runs to the next header.
        var next = new[] { Find(zip, dataStart, LocalHeader), Find(zip, dataStart, CentralHeader), Find(zip, dataStart, EndOfCentralDirectory) }
            .Where(p => p >= 0).DefaultIfEmpty(zip.Length).Min();
        compressed = next - dataStart;
        return next;
    }

    /// <summary>The offset of the next <paramref name="signature"/> at or after <paramref name="from"/>, or -1.</summary>
    private static long Find(Stream zip, long from, uint signature)
    {
        Span<byte> pattern = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(pattern, signature);
        var buffer = new byte[64 * 1024];
        for (var offset = from; offset < zip.Length; offset += buffer.Length - 3)
        {
            zip.Position = offset;
            var read = zip.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var hit = buffer.AsSpan(0, read).IndexOf(pattern);
            if (hit >= 0)
                return offset + hit;
            if (read < buffer.Length)
                break;
        }
        return -1;
    }
}
