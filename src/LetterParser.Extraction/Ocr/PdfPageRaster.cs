using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr.Native;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace LetterParser.Extraction.Ocr;

/// <summary>A page as one upright image, its resolution and how far it was turned to be upright.</summary>
internal sealed class PageRaster(PixHandle image, int dpi, int rotation) : IDisposable
{
    public PixHandle Image { get; } = image;
    public int Dpi { get; } = dpi;
    /// <summary>Degrees turned clockwise so far (the PDF page's /Rotate).</summary>
    public int Rotation { get; } = rotation;

    public void Dispose() => Image.Dispose();
}

/// <summary>
/// Turns a scanned PDF page back into one image: decodes its images with the fastest decoder for each filter
/// (leptonica for JPEG, JPEG 2000 and CCITT fax; PdfPig's PNG conversion for the rest), paints them onto a page
/// canvas where the page places them (scanners often write a page as several strips), and applies /Rotate.
/// </summary>
internal static class PdfPageRaster
{
    private const double PointsPerInch = 72;

    /// <summary>Images smaller than this share of the page (logos, stamps) do not set the canvas resolution.</summary>
    private const double SignificantAreaShare = 0.10;

    /// <summary>One image covering this much of the page is the page: no canvas needed.</summary>
    private const double FullPageAreaShare = 0.85;

    /// <summary>
    /// Most the images of one page may cover, in canvases: strips tile the page once, a logo or a stamp adds a
    /// little; a page painting its scan over itself again and again costs a full-page copy each time.
    /// </summary>
    private const int MaxCanvasesPainted = 16;

    /// <summary>Null when the page has no image that could be decoded; <paramref name="warnings"/> says why.</summary>
    public static PageRaster? Render(Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings)
    {
        var images = page.GetImages().ToList();
        foreach (var image in images)
        {
            // The size the decoder will use (a JPEG's own frame header, a fax stream's /Columns and /Rows), and the
            // image dictionary's /Width and /Height, checked before any byte is inflated or decoded.
            var (decodedWidth, decodedHeight) = DecodedSize(image);
            if (Math.Max((long)image.WidthInSamples * image.HeightInSamples, decodedWidth * decodedHeight) > limits.MaxImagePixels)
            {
                var (shownWidth, shownHeight) = decodedWidth * decodedHeight > (long)image.WidthInSamples * image.HeightInSamples ? (decodedWidth, decodedHeight) : (image.WidthInSamples, image.HeightInSamples);
                throw new LetterInputException(ErrorCode.ImageTooLarge,
                    $"Page {pageNumber} holds an image of {shownWidth} × {shownHeight} pixels, more than this service reads. Scan the letter at 300 DPI and upload it again.");
            }
        }

        if (images.Count == 0)
        {
            return null;
        }

        var crop = page.CropBox.Bounds;
        var pageArea = Math.Max(1, crop.Width * crop.Height);
        var quadrants = (((page.Rotation.Value / 90) % 4) + 4) % 4;

        var main = images.MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height)!;
        if (main.BoundingBox.Width * main.BoundingBox.Height >= FullPageAreaShare * pageArea)
        {
            var decoded = Decode(main);
            if (decoded is null)
            {
                warnings.Add($"Page {pageNumber}: its scanned image is in a format this service cannot decode, so the page was not read.");
                return null;
            }

            return Upright(decoded, EffectiveDpi(main), quadrants);
        }

        var dpi = images.Where(i => i.BoundingBox.Width * i.BoundingBox.Height >= SignificantAreaShare * pageArea)
            .Select(EffectiveDpi).DefaultIfEmpty(200).Max();
        dpi = Math.Clamp(dpi, 150, 300);
        var width = (int)Math.Ceiling(crop.Width * dpi / PointsPerInch);
        var height = (int)Math.Ceiling(crop.Height * dpi / PointsPerInch);
        if ((long)width * height > limits.MaxImagePixels)
        {
            throw new LetterInputException(ErrorCode.ImageTooLarge,
                $"Page {pageNumber} is too large to read ({crop.Width / PointsPerInch:0} × {crop.Height / PointsPerInch:0} inches). Upload the letter at its normal paper size.");
        }

        var canvas = PixImages.Required(Leptonica.pixCreate(width, height, 8), "create");
        Leptonica.pixSetAll(canvas); // all bits set: white
        var painted = 0;
        long paintedPixels = 0;
        // One image drawn many times (a scan drawn as tiles of one XObject) is decoded once and scaled once per size.
        var decodedOnce = new Dictionary<PdfImageContent, PixHandle?>();
        var scaledOnce = new Dictionary<(PdfImageContent, int, int), PixHandle>();
        try
        {
            foreach (var image in images)
            {
                var b = image.BoundingBox;
                var targetWidth = Math.Max(1, (int)Math.Round(b.Width * dpi / PointsPerInch));
                var targetHeight = Math.Max(1, (int)Math.Round(b.Height * dpi / PointsPerInch));
                paintedPixels += (long)Math.Min(targetWidth, width) * Math.Min(targetHeight, height);
                if (paintedPixels > MaxCanvasesPainted * (long)width * height)
                {
                    throw new LetterInputException(ErrorCode.TooLarge,
                        $"Page {pageNumber} paints its images over itself far more often than a scan does, so it was not read. Upload the letter as IRCC sent it, or scan it again.");
                }

                var source = new PdfImageContent(image);
                if (!decodedOnce.TryGetValue(source, out var gray))
                {
                    using var decoded = Decode(image);
                    gray = decoded is null ? null : PixImages.ToGray(decoded);
                    decodedOnce[source] = gray;
                }

                if (gray is null)
                {
                    continue;
                }

                if (!scaledOnce.TryGetValue((source, targetWidth, targetHeight), out var scaled))
                {
                    scaled = PixImages.Scale(gray, (double)targetWidth / gray.Width, (double)targetHeight / gray.Height);
                    scaledOnce[(source, targetWidth, targetHeight)] = scaled;
                }

                var x = (int)Math.Round((b.Left - crop.Left) * dpi / PointsPerInch);
                var y = (int)Math.Round((crop.Top - b.Top) * dpi / PointsPerInch);
                // AND onto white keeps the darker of overlapping strips.
                Leptonica.pixRasterop(canvas, x, y, scaled.Width, scaled.Height, Leptonica.PixMask, scaled, 0, 0);
                painted++;
            }
        }
        catch
        {
            canvas.Dispose();
            throw;
        }
        finally
        {
            foreach (var pix in decodedOnce.Values.Concat(scaledOnce.Values))
            {
                pix?.Dispose();
            }
        }

        if (painted == 0)
        {
            canvas.Dispose();
            warnings.Add($"Page {pageNumber}: its scanned images are in a format this service cannot decode, so the page was not read.");
            return null;
        }

        return Upright(canvas, dpi, quadrants);
    }

    private static PageRaster Upright(PixHandle image, int dpi, int quadrants)
    {
        if (quadrants == 0)
        {
            return new PageRaster(image, dpi, 0);
        }

        using (image)
        {
            return new PageRaster(PixImages.RotateClockwise(image, quadrants), dpi, quadrants * 90);
        }
    }

    /// <summary>
    /// The size the decoder will really produce, from the data it decodes: a JPEG's frame header, a fax stream's
    /// /Columns and /Rows. (0, 0) where the dictionary's /Width and /Height are what is decoded.
    /// </summary>
    private static (long Width, long Height) DecodedSize(IPdfImage image)
    {
        var filters = Filters(image.ImageDictionary);
        if (filters.Count != 1)
        {
            return (0, 0);
        }

        switch (filters[0])
        {
            case "DCTDecode" or "DCT":
                try
                {
                    var size = ImageHeaders.Read(image.RawMemory.Span, ImageFormat.Jpeg, 1)[0];
                    return (size.Width, size.Height);
                }
                catch (LetterInputException)
                {
                    return (0, 0); // no frame header: leptonica will not decode it either
                }

            case "CCITTFaxDecode" or "CCF":
                var (columns, rows) = CcittSize(image);
                return (columns, rows);
            default:
                return (0, 0);
        }
    }

    /// <summary>Samples per inch as drawn: image width in samples ÷ its drawn width in inches.</summary>
    private static int EffectiveDpi(IPdfImage image)
    {
        var inches = Math.Max(image.BoundingBox.Width, image.BoundingBox.Height) / PointsPerInch;
        var samples = Math.Max(image.WidthInSamples, image.HeightInSamples);
        return inches <= 0 ? 200 : (int)Math.Round(samples / inches);
    }

    private static PixHandle? Decode(IPdfImage image)
    {
        var filters = Filters(image.ImageDictionary);
        if (filters.Count == 1)
        {
            switch (filters[0])
            {
                case "DCTDecode" or "DCT" or "JPXDecode":
                    // PdfPig has no JPEG decoder; the raw stream is the JPEG (or JPEG 2000) file itself.
                    return PixImages.Read(image.RawMemory.Span);
                case "FlateDecode" or "Fl" or "LZWDecode" or "LZW" when IsPlainGray(image) && image.TryGetBytesAsMemory(out var samples):
                    // 1-bit and grey scans: the inflated samples are the bitmap, so skip PdfPig's PNG encoding
                    // (≈ 150 ms and a 24-bit copy of the page for a 1-bit scan).
                    if (PixImages.FromSamples(samples.Span, image.WidthInSamples, image.HeightInSamples, image.BitsPerComponent) is { } raw)
                    {
                        // PDF grey has 0 = black, leptonica's 1-bit has 1 = black; an Indexed or /Decode-inverted
                        // image may be either way round, and the page's majority colour settles it.
                        return image.BitsPerComponent == 1 ? PixImages.InvertIfNegative(raw) : raw;
                    }

                    break;
                case "CCITTFaxDecode" or "CCF":
                    if (DecodeCcitt(image) is { } fax)
                    {
                        return fax;
                    }

                    break;
            }
        }

        return image.TryGetPng(out var png) ? PixImages.Read(png) : null;
    }

    /// <summary>One grey channel whose samples mean what they say: 1-bit (any palette: polarity is checked later) or 8-bit DeviceGray.</summary>
    private static bool IsPlainGray(IPdfImage image)
    {
        if (image.BitsPerComponent == 1)
        {
            return image.IsImageMask || image.ColorSpaceDetails is null
                || image.ColorSpaceDetails.Type is ColorSpace.DeviceGray or ColorSpace.CalGray or ColorSpace.Indexed;
        }

        if (image.BitsPerComponent != 8 || image.ColorSpaceDetails?.Type is not ColorSpace.DeviceGray)
        {
            return false;
        }

        return image.Decode is not { Count: >= 2 } decode || (decode[0] == 0 && decode[1] == 1);
    }

    /// <summary>What libtiff decodes a fax stream to: /Columns (1728 by default) by /Rows, or the image's /Height.</summary>
    private static (int Columns, int Rows) CcittSize(IPdfImage image)
    {
        var parameters = DecodeParameters(image.ImageDictionary);
        var columns = Integer(parameters, "Columns") ?? 1728;
        var rows = Integer(parameters, "Rows") is > 0 and var r ? r : image.HeightInSamples;
        return (columns, rows);
    }

    private static PixHandle? DecodeCcitt(IPdfImage image)
    {
        var parameters = DecodeParameters(image.ImageDictionary);
        var k = Integer(parameters, "K") ?? 0;
        var (columns, rows) = CcittSize(image);
        if (columns <= 0 || rows <= 0)
        {
            return null; // nothing to decode (a zero or negative size is no fax page)
        }

        if (parameters is not null && parameters.TryGet(NameToken.Create("EncodedByteAlign"), out var aligned) && aligned is BooleanToken { Data: true })
        {
            return null; // libtiff has no byte-aligned variant; let PdfPig decode it
        }

        var pix = PixImages.Read(CcittTiff.Wrap(image.RawMemory.Span, columns, rows, k));
        // /BlackIs1 and /Decode can each flip the convention; a page is mostly paper, so mostly black means negative.
        return pix is null ? null : PixImages.InvertIfNegative(pix);
    }

    private static List<string> Filters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.Filter, out var token) && !dictionary.TryGet(NameToken.Create("F"), out token))
        {
            return [];
        }

        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => [],
        };
    }

    private static DictionaryToken? DecodeParameters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.DecodeParms, out var token) && !dictionary.TryGet(NameToken.Create("DP"), out token))
        {
            return null;
        }

        return token switch
        {
            DictionaryToken d => d,
            ArrayToken a => a.Data.OfType<DictionaryToken>().FirstOrDefault(),
            _ => null,
        };
    }

    private static int? Integer(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var token) && token is NumericToken n ? n.Int : null;
}

/// <summary>
/// One image as the decoder sees it: its bytes and the dictionary that says how to decode them. PdfPig hands every
/// drawing of an XObject its own copy, so drawings of one image are told apart by content, not by reference.
/// </summary>
internal sealed class PdfImageContent : IEquatable<PdfImageContent>
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string _dictionary;
    private readonly int _hash;

    public PdfImageContent(IPdfImage image)
    {
        _bytes = image.RawMemory;
        _dictionary = image.ImageDictionary.ToString();
        var hashing = new HashCode();
        hashing.AddBytes(_bytes.Span);
        hashing.Add(_dictionary);
        _hash = hashing.ToHashCode();
    }

    public bool Equals(PdfImageContent? other) =>
        other is not null && _hash == other._hash && _dictionary == other._dictionary && _bytes.Span.SequenceEqual(other._bytes.Span);

    public override bool Equals(object? obj) => Equals(obj as PdfImageContent);

    public override int GetHashCode() => _hash;
}
