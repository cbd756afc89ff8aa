using LetterParser.Core.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Maps PdfPig's page coordinates (y up) to the page as a person sees it: origin top left, y down.
/// PdfPig already applies the page's /Rotate to glyphs, paths and images, and gives the rotated width and
/// height, so only the flip (and, on an unrotated page, a crop box that does not start at 0,0) is left to do.
/// </summary>
internal readonly struct PageFrame
{
    private readonly double left, top;

    public PageFrame(Page page)
    {
        Rotation = ((page.Rotation.Value % 360) + 360) % 360;
        Width = page.Width;
        Height = page.Height;
        if (Rotation == 0)
        {
            var crop = page.CropBox.Bounds;
            left = crop.Left;
            top = crop.Top;
        }
        else
        {
            left = 0;
            top = Height;
        }
    }

    /// <summary>Clockwise rotation the page is displayed with (0, 90, 180 or 270).</summary>
    public int Rotation { get; }

    public double Width { get; }

    public double Height { get; }

    public (double X, double Y) Map(PdfPoint point) => (point.X - left, top - point.Y);

    public Box Map(PdfRectangle rectangle)
    {
        if (rectangle.Rotation == 0)
            return new Box(rectangle.Left - left, top - rectangle.Top, rectangle.Right - left, top - rectangle.Bottom);
        // A rotated glyph's rectangle: take the box around all four corners.
        var (x1, y1) = Map(rectangle.BottomLeft);
        var (x2, y2) = Map(rectangle.TopRight);
        var (x3, y3) = Map(rectangle.TopLeft);
        var (x4, y4) = Map(rectangle.BottomRight);
        return new Box(Math.Min(Math.Min(x1, x2), Math.Min(x3, x4)), Math.Min(Math.Min(y1, y2), Math.Min(y3, y4)),
            Math.Max(Math.Max(x1, x2), Math.Max(x3, x4)), Math.Max(Math.Max(y1, y2), Math.Max(y3, y4)));
    }
}
