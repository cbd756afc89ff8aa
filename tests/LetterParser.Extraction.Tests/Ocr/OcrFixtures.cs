using System.Buffers.Binary;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace LetterParser.Extraction.Tests.Ocr;

/// <summary>
/// The committed scans (made by Fixtures/make-fixtures.sh from two synthetic letters) and builders that wrap
/// them in PDFs the way scanners do.
/// </summary>
internal static class OcrFixtures
{
    /// <summary>Half a letter sheet at 300 DPI.</summary>
    public const int Width = 2550;
    public const int Height = 1650;

    private const double PageWidthPoints = 612;
    private const double PageHeightPoints = 396;

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Ocr", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>A one-page PDF whose page is the JPEG scan, as a scanner app writes it.</summary>
    public static byte[] PdfWithJpegPage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageWidthPoints, PageHeightPoints);
        page.AddJpeg(Bytes("letter-en-300dpi.jpg"), new PdfRectangle(0, 0, PageWidthPoints, PageHeightPoints));
        return builder.Build();
    }

    /// <summary>A page drawn as two JPEG strips, top half and bottom half, as some scanners write pages.</summary>
    public static byte[] PdfWithTwoStrips()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageWidthPoints, PageHeightPoints);
        var half = PageHeightPoints / 2;
        page.AddJpeg(Bytes("letter-en-strip-top.jpg"), new PdfRectangle(0, half, PageWidthPoints, PageHeightPoints));
        page.AddJpeg(Bytes("letter-en-strip-bottom.jpg"), new PdfRectangle(0, 0, PageWidthPoints, half));
        return builder.Build();
    }

    /// <summary>A page whose image is the bilevel scan as a raw CCITT G4 stream.</summary>
    public static byte[] PdfWithCcittG4Page()
    {
        var strip = SingleStripOf(Bytes("letter-en-g4.tif"));
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageWidthPoints, PageHeightPoints);
        page.AddCcittG4(strip, Width, Height, new PdfRectangle(0, 0, PageWidthPoints, PageHeightPoints), false);
        return builder.Build();
    }

    /// <summary>A PNG that declares 100 000 × 100 000 pixels in a few dozen bytes: a decompression bomb's header.</summary>
    public static byte[] PngBomb()
    {
        var png = new byte[8 + 25];
        ((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(png);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000);
        png[24] = 8; // bit depth; colour type and the rest stay 0 (greyscale)
        return png;
    }

    /// <summary>The data of a little-endian TIFF written with one strip (tags 273 StripOffsets, 279 StripByteCounts).</summary>
    private static byte[] SingleStripOf(byte[] tiff)
    {
        var ifd = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(ifd));
        uint offset = 0, length = 0;
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + (i * 12);
            var tag = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(entry));
            var type = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(entry + 2));
            var value = type == 3 ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(entry + 8)) : BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(entry + 8));
            if (tag == 273)
            {
                offset = value;
            }
            else if (tag == 279)
            {
                length = value;
            }
        }

        return tiff.AsSpan((int)offset, (int)length).ToArray();
    }
}
