using System.Buffers.Binary;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Ocr;

/// <summary>The kinds of image file the OCR path decodes.</summary>
internal enum ImageFormat { Unknown, Jpeg, Png, Tiff }

/// <summary>A page's size as the file declares it, before anything is decoded.</summary>
internal readonly record struct DeclaredSize(long Width, long Height)
{
    public long Pixels => Width * Height;
}

/// <summary>
/// Reads image dimensions straight from the file headers (PNG IHDR, JPEG SOF, TIFF IFDs) so that a
/// decompression bomb — a few kilobytes declaring a gigapixel — is refused before any decoder allocates for it.
/// </summary>
internal static class ImageHeaders
{
    public static ImageFormat Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (data.Length >= 8 && data[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (data.Length >= 4 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0) || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42)))
        {
            return ImageFormat.Tiff;
        }

        return ImageFormat.Unknown;
    }

    /// <summary>Declared size of every page (one for JPEG and PNG, one per IFD for TIFF), reading at most <paramref name="maxPages"/> + 1 IFDs.</summary>
    public static IReadOnlyList<DeclaredSize> Read(ReadOnlySpan<byte> data, ImageFormat format, int maxPages) => format switch
    {
        ImageFormat.Png => [ReadPng(data)],
        ImageFormat.Jpeg => [ReadJpeg(data)],
        ImageFormat.Tiff => ReadTiff(data, maxPages),
        _ => throw Corrupt(),
    };

    private static DeclaredSize ReadPng(ReadOnlySpan<byte> data)
    {
        // Signature (8), chunk length (4), "IHDR" (4), width (4), height (4): IHDR must come first.
        if (data.Length < 24 || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            throw Corrupt();
        }

        return new DeclaredSize(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    private static DeclaredSize ReadJpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                throw Corrupt();
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > data.Length)
                {
                    break;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]);
                return new DeclaredSize(width, height);
            }

            if (marker == 0xDA || length < 2)
            {
                break; // image data before any frame header
            }

            i += 2 + length;
        }

        throw Corrupt();
    }

    private static List<DeclaredSize> ReadTiff(ReadOnlySpan<byte> data, int maxPages)
    {
        var little = data[0] == 'I';
        uint U32(ReadOnlySpan<byte> d, long at) => at + 4 > d.Length ? throw Corrupt() : little ? BinaryPrimitives.ReadUInt32LittleEndian(d[(int)at..]) : BinaryPrimitives.ReadUInt32BigEndian(d[(int)at..]);
        ushort U16(ReadOnlySpan<byte> d, long at) => at + 2 > d.Length ? throw Corrupt() : little ? BinaryPrimitives.ReadUInt16LittleEndian(d[(int)at..]) : BinaryPrimitives.ReadUInt16BigEndian(d[(int)at..]);

        var pages = new List<DeclaredSize>();
        var seen = new HashSet<long>();
        long offset = U32(data, 4);
        while (offset != 0 && pages.Count <= maxPages)
        {
            if (!seen.Add(offset))
            {
                break; // an IFD chain that loops back on itself
            }

            int count = U16(data, offset);
            long width = 0, height = 0;
            for (var e = 0; e < count; e++)
            {
                var entry = offset + 2 + (e * 12L);
                var tag = U16(data, entry);
                if (tag is not (256 or 257))
                {
                    continue;
                }

                var type = U16(data, entry + 2);
                long value = type == 3 ? U16(data, entry + 8) : U32(data, entry + 8);
                if (tag == 256)
                {
                    width = value;
                }
                else
                {
                    height = value;
                }
            }

            if (width <= 0 || height <= 0)
            {
                throw Corrupt();
            }

            pages.Add(new DeclaredSize(width, height));
            offset = U32(data, offset + 2 + (count * 12L));
        }

        return pages.Count == 0 ? throw Corrupt() : pages;
    }

    private static LetterInputException Corrupt() =>
        new(ErrorCode.CorruptFile, "The image file is damaged or incomplete and cannot be read. Save or scan it again and upload the new file.");
}
