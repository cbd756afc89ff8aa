using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction;

/// <summary>
/// Decides what a file is from its first bytes only. The file name and any declared content type are ignored:
/// people rename files, browsers guess, and a hostile upload lies.
/// </summary>
internal static class FileSniffer
{
    /// <summary>PDF readers accept the header anywhere in the first kilobyte (some generators prepend junk).</summary>
    private const int PdfHeaderWindow = 1024;

    private static ReadOnlySpan<byte> PdfHeader => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegHeader => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngHeader => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> TiffLittleEndian => [0x49, 0x49, 0x2A, 0x00];
    private static ReadOnlySpan<byte> OleHeader => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> TiffBigEndian => [0x4D, 0x4D, 0x00, 0x2A];

    /// <summary>The media type of <paramref name="content"/>, or a <see cref="LetterInputException"/> (UnsupportedType).</summary>
    public static string Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(JpegHeader))
            return MediaTypes.Jpeg;
        if (content.StartsWith(PngHeader))
            return MediaTypes.Png;
        if (content.StartsWith(TiffLittleEndian) || content.StartsWith(TiffBigEndian))
            return MediaTypes.Tiff;
        // A PDF may have a little junk before its header, but a zip or Office file that merely stores a PDF
        // inside it is still a zip: its own signature comes first.
        if (!content.StartsWith("PK\x03\x04"u8) && !content.StartsWith(OleHeader)
            && content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(PdfHeader) >= 0)
        {
            return MediaTypes.Pdf;
        }

        throw new LetterInputException(ErrorCode.UnsupportedType,
            $"This file is not a PDF or an image{Describe(content)}. Upload the refusal letter as a PDF, or as a JPEG, PNG or TIFF photo or scan of it.");
    }

    /// <summary>Names the common wrong uploads so the person knows what to convert.</summary>
    private static string Describe(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("PK\x03\x04"u8))
            return " (it looks like a ZIP archive or a Word document: save or print the letter as PDF first)";
        if (content.StartsWith(OleHeader))
            return " (it looks like an old Word or Office document: save or print the letter as PDF first)";
        var head = content[..Math.Min(content.Length, 512)];
        if (head.IndexOf("<html"u8) >= 0 || head.IndexOf("<!DOCTYPE"u8) >= 0 || head.IndexOf("<!doctype"u8) >= 0 || head.IndexOf("<HTML"u8) >= 0)
            return " (it looks like a web page: open it in a browser and print it to PDF)";
        return "";
    }
}
