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

    /// <summary>
    /// Builds a 1- or 8-bit image from packed rows of samples (a PDF image's decoded data: rows padded to a byte,
    /// leftmost pixel in the high bit), without an encode/decode round trip. Null when the data is short.
    /// </summary>
    public static PixHandle? FromSamples(ReadOnlySpan<byte> samples, int width, int height, int bitsPerSample)
    {
        var bytesPerRow = ((width * bitsPerSample) + 7) / 8;
        if (bitsPerSample is not (1 or 8) || width <= 0 || height <= 0 || samples.Length < (long)bytesPerRow * height)
        {
            return null;
        }

        var pix = Required(Leptonica.pixCreate(width, height, bitsPerSample), "create");
        var data = (byte*)Leptonica.pixGetData(pix);
        var stride = Leptonica.pixGetWpl(pix) * 4;
        for (var y = 0; y < height; y++)
        {
            samples.Slice(y * bytesPerRow, bytesPerRow).CopyTo(new Span<byte>(data + ((long)y * stride), bytesPerRow));
        }

        // Leptonica addresses pixels within 32-bit words, most significant first: on little-endian machines the
        // bytes of each word are swapped relative to the byte stream.
        if (BitConverter.IsLittleEndian)
        {
            Leptonica.pixEndianByteSwap(pix);
        }

        return pix;
    }

    /// <summary>
    /// A handle of its own to the same pixels (no copy): a step that passes an image on unchanged gives its caller
    /// this, so that every step disposes what it made and no image is owned twice.
    /// </summary>
    public static PixHandle Share(this PixHandle pix) => Required(Leptonica.pixClone(pix), "share");

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
