using LetterParser.Extraction.Ocr.Native;

namespace LetterParser.Extraction.Ocr;

/// <summary>Small safe wrappers over leptonica: decode from memory and the transforms the page path needs.</summary>
internal static unsafe class PixImages
{
    /// <summary>Decodes a JPEG, PNG, TIFF (first page), JPEG 2000... file held in memory; null when leptonica cannot.</summary>
    public static PixHandle? Read(ReadOnlySpan<byte> data)
    {
        fixed (byte* bytes = data)
        {
            return OrNull(Leptonica.pixReadMem(bytes, (nuint)data.Length));
        }
    }

    /// <summary>Decodes page <paramref name="page"/> (0-based) of a TIFF held in memory.</summary>
    public static PixHandle? ReadTiffPage(ReadOnlySpan<byte> data, int page)
    {
        fixed (byte* bytes = data)
        {
            return OrNull(Leptonica.pixReadMemTiff(bytes, (nuint)data.Length, page));
        }
    }

    public static PixHandle ToGray(PixHandle pix) => Required(Leptonica.pixConvertTo8(pix, 0), "convert to grey");

    /// <summary>Area-mapped (down) or interpolated (up) scaling without leptonica's default sharpening, which costs a third more and does not help OCR.</summary>
    public static PixHandle Scale(PixHandle pix, double scaleX, double scaleY) =>
        Required(Leptonica.pixScaleGeneral(pix, (float)scaleX, (float)scaleY, 0, 0), "scale");

    /// <summary>Turns the image clockwise by <paramref name="quadrants"/> quarter turns.</summary>
    public static PixHandle RotateClockwise(PixHandle pix, int quadrants) =>
        Required(Leptonica.pixRotateOrth(pix, ((quadrants % 4) + 4) % 4), "rotate");

    /// <summary>A 1-bit image that is mostly black is a negative (an inverted fax convention): turn it back.</summary>
    public static PixHandle InvertIfNegative(PixHandle pix)
    {
        if (pix.Depth != 1 || Leptonica.pixCountPixels(pix, out var black, IntPtr.Zero) != 0)
        {
            return pix;
        }

        if (black <= (long)pix.Width * pix.Height / 2)
        {
            return pix;
        }

        var inverted = Required(Leptonica.pixInvert(IntPtr.Zero, pix), "invert");
        pix.Dispose();
        return inverted;
    }

    public static PixHandle Required(PixHandle pix, string operation)
    {
        if (!pix.IsInvalid)
        {
            return pix;
        }

        pix.Dispose();
        throw new InvalidOperationException($"Leptonica could not {operation} the page image.");
    }

    private static PixHandle? OrNull(PixHandle pix)
    {
        if (!pix.IsInvalid)
        {
            return pix;
        }

        pix.Dispose();
        return null;
    }
}
