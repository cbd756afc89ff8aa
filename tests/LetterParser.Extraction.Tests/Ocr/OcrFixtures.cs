using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
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

    /// <summary>A scanner's multi-page PDF: <paramref name="pages"/> pages, each the JPEG scan.</summary>
    public static byte[] PdfWithJpegPages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var scan = Bytes("letter-en-300dpi.jpg");
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageWidthPoints, PageHeightPoints).AddJpeg(scan, new PdfRectangle(0, 0, PageWidthPoints, PageHeightPoints));
        }

        return builder.Build();
    }

    /// <summary>A typed page 1 (a text layer) and a scanned page 2, as when decision notes are scanned onto a letter.</summary>
    public static byte[] PdfWithTypedThenScannedPage()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(PageWidthPoints, PageHeightPoints).AddText("Immigration, Refugees and Citizenship Canada", 12, new PdfPoint(72, 320), font);
        builder.AddPage(PageWidthPoints, PageHeightPoints).AddJpeg(Bytes("letter-en-300dpi.jpg"), new PdfRectangle(0, 0, PageWidthPoints, PageHeightPoints));
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

    /// <summary>
    /// A page whose image is a Flate-compressed 1-bit bitmap (written by hand: PdfDocumentBuilder only writes
    /// colour images). The samples are the PBM's (1 = black) with /Decode [1 0], so the page displays correctly.
    /// </summary>
    public static byte[] PdfWithFlateBilevelPage()
    {
        using var gzip = new GZipStream(File.OpenRead(PathOf("letter-en-1bit.pbm.gz")), CompressionMode.Decompress);
        using var pbm = new MemoryStream();
        gzip.CopyTo(pbm);
        var bytes = pbm.ToArray();
        var header = "P4\n2550 1650\n"u8;
        Assert.True(bytes.AsSpan().StartsWith(header), "fixture is a raw PBM of the expected size");
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(bytes, header.Length, bytes.Length - header.Length);
        }

        return PdfWithImage($"/Width {Width} /Height {Height} /BitsPerComponent 1 /ColorSpace /DeviceGray /Decode [1 0] /Filter /FlateDecode", compressed.ToArray(),
            "q 612 0 0 396 0 0 cm /Im1 Do Q");
    }

    /// <summary>
    /// The JPEG scan in a PDF whose image dictionary says 64 × 64 (or 0 × 0) while the JPEG's own frame header, which
    /// is what the decoder reads, says 60 000 × 60 000: 3.6 gigapixels behind a dictionary that passes any check.
    /// </summary>
    public static byte[] PdfWithJpegLargerThanItsDictionarySays(int dictionarySize)
    {
        var jpeg = Bytes("letter-en-300dpi.jpg");
        var sof = FrameHeaderOffset(jpeg);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), 60_000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), 60_000);
        return PdfWithImage($"/Width {dictionarySize} /Height {dictionarySize} /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode", jpeg,
            "q 612 0 0 396 0 0 cm /Im1 Do Q");
    }

    /// <summary>A page drawn as <paramref name="columns"/> × <paramref name="rows"/> tiles, each painting the same full-page JPEG XObject.</summary>
    public static byte[] PdfWithOneJpegDrawnAsTiles(int columns, int rows)
    {
        var content = new StringBuilder();
        var (w, h) = (PageWidthPoints / columns, PageHeightPoints / rows);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"q {w:0.###} 0 0 {h:0.###} {c * w:0.###} {r * h:0.###} cm /Im1 Do Q\n");
            }
        }

        return PdfWithImage($"/Width {Width} /Height {Height} /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode", Bytes("letter-en-300dpi.jpg"), content.ToString());
    }

    private static int FrameHeaderOffset(byte[] jpeg)
    {
        var at = 2;
        while (jpeg[at + 1] is not (0xC0 or 0xC1 or 0xC2))
        {
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }

        return at;
    }

    /// <summary>A one-page PDF written by hand whose page draws image /Im1 (its dictionary entries given) with <paramref name="content"/>.</summary>
    private static byte[] PdfWithImage(string imageEntries, byte[] image, string content)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write("stream\n");
                pdf.Write(stream);
                Write("\nendstream\n");
            }

            Write("endobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 396] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>");
        Object($"<< /Length {content.Length} >>", Encoding.ASCII.GetBytes(content));
        Object($"<< /Type /XObject /Subtype /Image {imageEntries} /Length {image.Length} >>", image);
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
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
