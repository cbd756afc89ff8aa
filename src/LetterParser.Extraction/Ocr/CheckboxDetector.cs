using LetterParser.Extraction.Ocr.Native;

namespace LetterParser.Extraction.Ocr;

/// <summary>Tunables for <see cref="CheckboxDetector"/>, in pixels at 300 DPI (scaled to the image's resolution).</summary>
internal sealed record CheckboxDetectorOptions
{
    public static CheckboxDetectorOptions Default { get; } = new();

    public double MinSideAt300Dpi { get; init; } = 20;
    public double MaxSideAt300Dpi { get; init; } = 70;
    /// <summary>Shorter side over longer side: a box is square.</summary>
    public double MinSquareness { get; init; } = 0.8;
    /// <summary>Share of each side's length that must be inked for the shape to be an outline.</summary>
    public double MinSideInk { get; init; } = 0.85;
    /// <summary>Ink in the inner half from which a box counts as ticked (ticked ≈ 0.45, a ✓ ≈ 0.2, empty ≈ 0.02).</summary>
    public double TickedInnerInk { get; init; } = 0.10;

    /// <summary>Inner ink of a box ticked beyond doubt (a pen or typed X fills about 0.45).</summary>
    public double ClearTickInnerInk { get; init; } = 0.30;
}

/// <summary>A checkbox found on an image, in its pixels.</summary>
internal readonly record struct DetectedCheckbox(int Left, int Top, int Right, int Bottom, bool IsChecked, double InnerInk, double Confidence);

/// <summary>
/// Finds printed checkboxes by shape on a binarised page: OCR drops ☒ and reads ☐ as "L]" or "OQ", sometimes
/// confidently, so box state never comes from OCR text. A box is a connected component that is roughly square,
/// of checkbox size, with all four sides inked; it is ticked when its inner half carries ink. A solid square counts
/// as ticked, as ■ does in the text layer (ZapfDingbats glyphs mark ticked boxes with it). The thresholds err
/// towards "not ticked": a faint or ambiguous mark stays unticked.
/// </summary>
internal static unsafe class CheckboxDetector
{
    /// <param name="binary">1 bit per pixel, 1 = ink (Tesseract's thresholded image).</param>
    public static IReadOnlyList<DetectedCheckbox> Find(PixHandle binary, int dpi, CheckboxDetectorOptions? options = null)
    {
        options ??= CheckboxDetectorOptions.Default;
        if (binary.Depth != 1)
        {
            return [];
        }

        var scale = dpi / 300.0;
        var minSide = (int)Math.Floor(options.MinSideAt300Dpi * scale);
        var maxSide = (int)Math.Ceiling(options.MaxSideAt300Dpi * scale);
        var bitmap = new Bitmap(Leptonica.pixGetData(binary), Leptonica.pixGetWpl(binary), binary.Width, binary.Height);

        var found = new List<DetectedCheckbox>();
        var components = Leptonica.pixConnCompBB(binary, 8);
        if (components == IntPtr.Zero)
        {
            return found;
        }

        try
        {
            var count = Leptonica.boxaGetCount(components);
            for (var i = 0; i < count; i++)
            {
                if (Leptonica.boxaGetBoxGeometry(components, i, out var x, out var y, out var w, out var h) != 0)
                {
                    continue;
                }

                if (w < minSide || h < minSide || w > maxSide || h > maxSide || Math.Min(w, h) < options.MinSquareness * Math.Max(w, h))
                {
                    continue;
                }

                if (Classify(bitmap, x, y, w, h, options) is { } box)
                {
                    found.Add(box);
                }
            }
        }
        finally
        {
            Leptonica.boxaDestroy(ref components);
        }

        return found;
    }

    private static DetectedCheckbox? Classify(Bitmap bitmap, int x, int y, int w, int h, CheckboxDetectorOptions options)
    {
        var band = Math.Max(2, (int)Math.Round(Math.Min(w, h) * 0.12));
        var top = ColumnCoverage(bitmap, x, x + w, y, y + band);
        var bottom = ColumnCoverage(bitmap, x, x + w, y + h - band, y + h);
        var left = RowCoverage(bitmap, y, y + h, x, x + band);
        var right = RowCoverage(bitmap, y, y + h, x + w - band, x + w);
        if (Math.Min(Math.Min(top, bottom), Math.Min(left, right)) < options.MinSideInk)
        {
            return null;
        }

        // A solid square of checkbox size is a filled box (■, the ticked form of dingbat-font checklists); bullets
        // are far smaller than the minimum side and never get here.
        var inner = InkRatio(bitmap, x + (w / 4), y + (h / 4), x + (3 * w / 4), y + (3 * h / 4));
        return new DetectedCheckbox(x, y, x + w, y + h, inner >= options.TickedInnerInk, inner, StateConfidence(inner, options));
    }

    /// <summary>
    /// How sure the box's state is, from its own ink alone: 1 far from the line between ticked and empty (a clear
    /// tick near 0.45, a clean empty box near 0.02), 0.5 right at it, where a speck of dust or a faint tick decides.
    /// </summary>
    private static double StateConfidence(double inner, CheckboxDetectorOptions options)
    {
        var threshold = options.TickedInnerInk;
        var margin = inner >= threshold ? options.ClearTickInnerInk - threshold : threshold;
        return Math.Round(0.5 + (0.5 * Math.Clamp(Math.Abs(inner - threshold) / margin, 0, 1)), 3);
    }

    /// <summary>Share of columns in [x0, x1) with ink somewhere in rows [y0, y1).</summary>
    private static double ColumnCoverage(Bitmap bitmap, int x0, int x1, int y0, int y1) => Coverage(bitmap, x0, x1, y0, y1, rows: false);

    /// <summary>Share of rows in [y0, y1) with ink somewhere in columns [x0, x1).</summary>
    private static double RowCoverage(Bitmap bitmap, int y0, int y1, int x0, int x1) => Coverage(bitmap, y0, y1, x0, x1, rows: true);

    /// <summary>
    /// Share of the lines in [first, end) (columns, or rows when <paramref name="rows"/>) with ink somewhere in
    /// [from, to) along them: a box side is drawn when nearly every line across it is inked.
    /// </summary>
    private static double Coverage(Bitmap bitmap, int first, int end, int from, int to, bool rows)
    {
        var inked = 0;
        for (var line = first; line < end; line++)
        {
            for (var along = from; along < to; along++)
            {
                if (rows ? bitmap.IsInk(along, line) : bitmap.IsInk(line, along))
                {
                    inked++;
                    break;
                }
            }
        }

        return (double)inked / Math.Max(1, end - first);
    }

    private static double InkRatio(Bitmap bitmap, int x0, int y0, int x1, int y1)
    {
        var ink = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                if (bitmap.IsInk(x, y))
                {
                    ink++;
                }
            }
        }

        return (double)ink / Math.Max(1, (x1 - x0) * (y1 - y0));
    }

    /// <summary>Leptonica's 1-bit layout: rows of 32-bit words, leftmost pixel in the most significant bit.</summary>
    private readonly struct Bitmap(uint* data, int wordsPerLine, int width, int height)
    {
        public bool IsInk(int x, int y) =>
            (uint)x < (uint)width && (uint)y < (uint)height && ((data[(y * wordsPerLine) + (x >> 5)] >> (31 - (x & 31))) & 1) != 0;
    }
}
