using System.IO.Compression;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Refuses a PDF whose Flate streams inflate to far more than any letter needs (a decompression bomb): PdfPig
/// inflates a page's content whole, so a 400 KB file can take a gigabyte of memory. Before PdfPig sees the file,
/// every Flate stream of some size is inflated into a counter, never kept, and the file is refused once the total
/// passes the limit. Streams are found by their keywords in the raw bytes; a stream this misses is one PdfPig
/// could not find either without a cross-reference table, which the damaged-file path handles.
/// </summary>
internal static class CompressedStreamCheck
{
    /// <summary>Streams smaller than this are not worth inflating: even at a thousand to one they stay small.</summary>
    private const int MinCompressedBytes = 8 * 1024;

    public static void ThrowIfBomb(ReadOnlySpan<byte> pdf, long maxInflatedBytes)
    {
        long total = 0;
        var buffer = new byte[64 * 1024];
        var position = 0;
        while (true)
        {
            var keyword = pdf[position..].IndexOf("stream"u8);
            if (keyword < 0)
                return;
            var start = position + keyword;
            position = start + 6;
            // "endstream" also contains "stream"; a data start is "stream" followed by an end of line.
            if (start >= 3 && pdf.Slice(start - 3, 3).SequenceEqual("end"u8))
                continue;
            var dataStart = position;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r') dataStart++;
            if (dataStart < pdf.Length && pdf[dataStart] == '\n') dataStart++;
            if (dataStart == position)
                continue;
            var end = pdf[dataStart..].IndexOf("endstream"u8);
            if (end < 0)
                return;
            position = dataStart + end;
            if (end < MinCompressedBytes || !IsFlate(pdf[Math.Max(0, start - 512)..start]))
                continue;
            total += InflatedSize(pdf.Slice(dataStart, end).ToArray(), buffer, maxInflatedBytes - total);
            if (total > maxInflatedBytes)
            {
                throw new LetterInputException(ErrorCode.TooLarge,
                    $"This PDF expands to more than {maxInflatedBytes / (1024 * 1024)} MB when opened, far more than a letter needs (it may be a 'decompression bomb'), so it was not read. Upload the letter as IRCC sent it, or print it to a new PDF.");
            }
        }
    }

    private static bool IsFlate(ReadOnlySpan<byte> dictionary)
    {
        var open = dictionary.LastIndexOf("<<"u8);
        return open >= 0 && dictionary[open..].IndexOf("/FlateDecode"u8) >= 0 || dictionary.LastIndexOf("/Fl "u8) >= 0;
    }

    /// <summary>How many bytes the stream inflates to, counting no further than <paramref name="cap"/> + 1.</summary>
    private static long InflatedSize(byte[] compressed, byte[] buffer, long cap)
    {
        long size = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += read;
                if (size > cap)
                    break;
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream inflates to what it gave before the damage; PdfPig will judge the rest.
        }
        return size;
    }
}
