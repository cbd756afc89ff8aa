using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace LetterParser.Extraction.Pdf;

/// <summary>A checkbox drawn with vector graphics, in PDF user space.</summary>
internal readonly record struct DrawnBox(PdfRectangle Rect, bool IsChecked);

/// <summary>
/// Finds checkboxes drawn as vector squares (no text at all): a stroked square, a square outline drawn as a
/// filled ring, or four separate short lines. A box is ticked when an X or tick (any non-axis-aligned stroke)
/// or a dark filled shape sits inside it; ticks that are glyphs ("X", "✓") are handled by the caller.
/// </summary>
internal static class DrawnCheckboxFinder
{
    /// <summary>Sides of a printed checkbox, in points: about 2 to 6 mm.</summary>
    private const double MinSide = 5.5, MaxSide = 18;

    private readonly record struct Shape(PdfRectangle Rect, PdfPath Path, PdfSubpath Subpath);

    public static List<DrawnBox> Find(IReadOnlyList<PdfPath> paths)
    {
        var found = new List<DrawnBox>();
        if (paths.Count == 0)
            return found;

        var shapes = new List<Shape>();
        foreach (var path in paths)
        {
            if (path.IsClipping)
                continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is { } rect)
                    shapes.Add(new Shape(rect, path, subpath));
            }
        }

        var outlines = new List<(PdfRectangle Rect, PdfPath? Path, bool Solid)>();
        foreach (var shape in shapes)
        {
            if (!IsBoxSized(shape.Rect) || !IsClosedRectangle(shape.Subpath))
                continue;
            var path = shape.Path;
            // Printed checkboxes are black or grey; a coloured square is artwork (the flag in the letterhead).
            if ((path.IsStroked && IsColoured(path.StrokeColor)) || (path.IsFilled && IsColoured(path.FillColor)))
                continue;
            if (path.IsStroked && !IsWhite(path.StrokeColor))
                outlines.Add((shape.Rect, path, false));
            else if (path.IsFilled && !IsWhite(path.FillColor))
            {
                // A filled ring (outer square minus inner square) is how some generators draw an outline;
                // a plain dark filled square is a ■, i.e. a ticked box.
                var ring = path.Count == 2 && path.Any(s => !ReferenceEquals(s, shape.Subpath)
                    && s.GetBoundingRectangle() is { } inner && inner.Width < shape.Rect.Width && inner.Width > 0.6 * shape.Rect.Width);
                if (ring)
                {
                    if (shape.Rect.Width >= path.Max(s => s.GetBoundingRectangle()?.Width ?? 0))
                        outlines.Add((shape.Rect, path, false));
                }
                else
                    outlines.Add((shape.Rect, path, true));
            }
        }
        AddSquaresMadeOfLines(shapes, outlines);
        // A square inside a larger box is that box's tick (a filled inner square) or its inner border, not a box.
        outlines.RemoveAll(inner => outlines.Any(outer => outer.Rect.Width > inner.Rect.Width + 1
            && inner.Rect.Left >= outer.Rect.Left - 0.5 && inner.Rect.Right <= outer.Rect.Right + 0.5
            && inner.Rect.Bottom >= outer.Rect.Bottom - 0.5 && inner.Rect.Top <= outer.Rect.Top + 0.5));

        foreach (var (rect, path, solid) in outlines)
        {
            if (found.Any(f => Near(f.Rect, rect, 1.5)))
            {
                // The same square drawn twice (white fill then black stroke, or stroke then a dark fill).
                if (solid)
                    found[found.FindIndex(f => Near(f.Rect, rect, 1.5))] = new DrawnBox(rect, true);
                continue;
            }
            var isChecked = solid || shapes.Any(s => IsMarkInside(s, rect, path));
            found.Add(new DrawnBox(rect, isChecked));
        }
        return found;
    }

    private static bool IsMarkInside(Shape shape, PdfRectangle box, PdfPath? boxPath)
    {
        if (boxPath is not null && ReferenceEquals(shape.Path, boxPath))
            return false;
        var r = shape.Rect;
        const double slack = 1.5;
        if (r.Left < box.Left - slack || r.Right > box.Right + slack || r.Bottom < box.Bottom - slack || r.Top > box.Top + slack)
            return false;
        var side = Math.Max(box.Width, box.Height);
        if (Math.Max(r.Width, r.Height) < 0.3 * side)
            return false; // a speck, not a mark
        var filled = shape.Path.IsFilled && !IsWhite(shape.Path.FillColor);
        var stroked = shape.Path.IsStroked && !IsWhite(shape.Path.StrokeColor);
        if (!filled && !stroked)
            return false;
        if (Near(r, box, 1.0) && IsClosedRectangle(shape.Subpath))
            return filled; // a dark fill of the whole box ticks it; a second outline does not
        if (r.Width < 0.8 || r.Height < 0.8)
            return false; // a straight side of a box made of lines
        if (stroked && !filled && IsClosedRectangle(shape.Subpath) && Math.Min(r.Width, r.Height) > 0.7 * side)
            return false; // the inner line of a double-bordered box
        return true;
    }

    /// <summary>Boxes drawn as four separate strokes: pair top and bottom sides, then look for both verticals.</summary>
    private static void AddSquaresMadeOfLines(List<Shape> shapes, List<(PdfRectangle Rect, PdfPath? Path, bool Solid)> outlines)
    {
        List<PdfRectangle>? horizontal = null, vertical = null;
        foreach (var shape in shapes)
        {
            if (!shape.Path.IsStroked || IsWhite(shape.Path.StrokeColor) || !IsSingleLine(shape.Subpath))
                continue;
            var r = shape.Rect;
            if (r.Height < 0.5 && r.Width is >= MinSide and <= MaxSide)
                (horizontal ??= []).Add(r);
            else if (r.Width < 0.5 && r.Height is >= MinSide and <= MaxSide)
                (vertical ??= []).Add(r);
        }
        if (horizontal is null || vertical is null || horizontal.Count < 2 || vertical.Count < 2)
            return;
        foreach (var top in horizontal)
        {
            foreach (var bottom in horizontal)
            {
                var gap = top.Bottom - bottom.Bottom;
                if (gap <= 0 || Math.Abs(top.Left - bottom.Left) > 1.5 || Math.Abs(top.Right - bottom.Right) > 1.5
                    || Math.Abs(gap - top.Width) > 0.25 * top.Width)
                    continue;
                bool Side(double x) => vertical.Any(v => Math.Abs(v.Left - x) < 1.5 && v.Bottom < bottom.Bottom + 1.5 && v.Top > top.Bottom - 1.5);
                if (!Side(top.Left) || !Side(top.Right))
                    continue;
                var rect = new PdfRectangle(top.Left, bottom.Bottom, top.Right, top.Bottom);
                if (!outlines.Any(o => Near(o.Rect, rect, 1.5)))
                    outlines.Add((rect, null, false));
            }
        }
    }

    private static bool IsBoxSized(PdfRectangle r) =>
        r.Width is >= MinSide and <= MaxSide && r.Height is >= MinSide and <= MaxSide
        && Math.Abs(r.Width - r.Height) <= 0.25 * Math.Max(r.Width, r.Height);

    private static bool IsClosedRectangle(PdfSubpath subpath)
    {
        if (subpath.IsDrawnAsRectangle)
            return true;
        var lines = 0;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Line line:
                    if (Math.Abs(line.From.X - line.To.X) > 0.5 && Math.Abs(line.From.Y - line.To.Y) > 0.5)
                        return false;
                    lines++;
                    break;
                case PdfSubpath.BezierCurve:
                    return false;
            }
        }
        return lines is 3 or 4 && (subpath.IsClosed() || lines == 4);
    }

    private static bool IsSingleLine(PdfSubpath subpath) =>
        subpath.Commands.Count == 2 && subpath.Commands[0] is PdfSubpath.Move && subpath.Commands[1] is PdfSubpath.Line;

    private static bool Near(PdfRectangle a, PdfRectangle b, double tolerance) =>
        Math.Abs(a.Left - b.Left) <= tolerance && Math.Abs(a.Right - b.Right) <= tolerance
        && Math.Abs(a.Bottom - b.Bottom) <= tolerance && Math.Abs(a.Top - b.Top) <= tolerance;

    private static bool IsColoured(IColor? color)
    {
        if (color is null)
            return false;
        return PaintColors.Rgb(color) is var (r, g, b) && Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 0.25;
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
            return false;
        return PaintColors.Rgb(color) is var (r, g, b) && r > 0.9 && g > 0.9 && b > 0.9;
    }
}
