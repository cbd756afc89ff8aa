using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr.Native;

namespace LetterParser.Extraction.Ocr;

/// <summary>
/// The pages of an image file (JPEG, PNG, or each frame of a TIFF), checked against the limits from their headers
/// before any is decoded: a page count or a pixel count past the limits refuses the file without touching its data.
/// </summary>
internal sealed class ImageFilePages
{
    private readonly ReadOnlyMemory<byte> _content;
    private readonly ImageFormat _format;

    private ImageFilePages(ReadOnlyMemory<byte> content, ImageFormat format, int count)
    {
        _content = content;
        _format = format;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Reads the headers and checks the format, the page count and each page's pixels against <paramref name="limits"/>.</summary>
    public static ImageFilePages Open(ReadOnlyMemory<byte> content, LetterLimits limits)
    {
        var format = ImageHeaders.Sniff(content.Span);
        if (format == ImageFormat.Unknown)
        {
            throw new LetterInputException(ErrorCode.UnsupportedType,
                "This image is not a JPEG, PNG or TIFF file. Save the scan or photo in one of those formats, or as a PDF, and upload it again.");
        }

        var sizes = ImageHeaders.Read(content.Span, format, limits.MaxPages);
        if (sizes.Count > limits.MaxPages)
        {
            throw new LetterInputException(ErrorCode.TooManyPages,
                $"This TIFF has more than {limits.MaxPages} pages. Upload only the pages of the refusal letter.");
        }

        foreach (var size in sizes)
        {
            if (size.Pixels > limits.MaxImagePixels)
            {
                throw new LetterInputException(ErrorCode.ImageTooLarge,
                    $"The image is {size.Width} × {size.Height} pixels, more than this service reads. Scan the letter at 300 DPI or take the photo at normal resolution and upload it again.");
            }
        }

        return new ImageFilePages(content, format, sizes.Count);
    }

    /// <summary>Decodes page <paramref name="index"/> (0-based); the caller owns the image.</summary>
    public PixHandle Decode(int index) =>
        (_format == ImageFormat.Tiff ? PixImages.ReadTiffPage(_content.Span, index) : PixImages.Read(_content.Span))
        ?? throw new LetterInputException(ErrorCode.CorruptFile,
            "The image file is damaged or uses an encoding this service cannot decode. Save or scan it again as JPEG, PNG or TIFF and upload the new file.");
}
