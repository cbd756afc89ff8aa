using LetterParser.Core.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Maps PDF user space (origin at the crop box's lower left, y up) to the page as a person sees it:
/// origin top left, y down, after the page's /Rotate is applied.
/// </summary>
internal readonly struct PageFrame
{
    private readonly double left, bottom, width, height;

    public PageFrame(Page page)
    {
        var crop = page.CropBox.Bounds;
        left = crop.Left;
        bottom = crop.Bottom;
        width = crop.Width;
        height = crop.Height;
        Rotation = ((page.Rotation.Value % 360) + 360) % 360;
    }

    /// <summary>Clockwise rotation applied when the page is displayed (0, 90, 180 or 270).</summary>
    public int Rotation { get; }

    public double Width => Rotation is 90 or 270 ? height : width;

    public double Height => Rotation is 90 or 270 ? width : height;

    public (double X, double Y) Map(PdfPoint point)
    {
        var x = point.X - left;
        var y = point.Y - bottom;
        return Rotation switch
        {
            90 => (y, x),
            180 => (width - x, y),
            270 => (height - y, width - x),
            _ => (x, height - y),
        };
    }

    public Box Map(PdfRectangle rectangle)
    {
        var (x1, y1) = Map(rectangle.BottomLeft);
        var (x2, y2) = Map(rectangle.TopRight);
        if (rectangle.Rotation == 0)
            return new Box(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
        // A rotated glyph's rectangle: take the box around all four corners.
        var (x3, y3) = Map(rectangle.TopLeft);
        var (x4, y4) = Map(rectangle.BottomRight);
        return new Box(Min(x1, x2, x3, x4), Min(y1, y2, y3, y4), Max(x1, x2, x3, x4), Max(y1, y2, y3, y4));
    }

    private static double Min(double a, double b, double c, double d) => Math.Min(Math.Min(a, b), Math.Min(c, d));
    private static double Max(double a, double b, double c, double d) => Math.Max(Math.Max(a, b), Math.Max(c, d));
}
