namespace LetterParser.Core.Documents;

/// <summary>
/// Everything extraction learned about a file: its pages, each as lines of positioned words plus the
/// checkbox marks found on it. Built by Extraction (text layer or OCR), read by Reading.
/// <paramref name="Warnings"/> carries what extraction wants the person to know (a page too poor to trust,
/// OCR not installed); they end up in the report's warnings. Never put letter text in them.
/// </summary>
public sealed record DocumentText(string MediaType, IReadOnlyList<PageText> Pages, IReadOnlyList<string> Warnings)
{
    public DocumentText(string mediaType, IReadOnlyList<PageText> pages) : this(mediaType, pages, []) { }
}

/// <summary>One page. Coordinates are in the page's own units with y growing downwards.</summary>
public sealed record PageText(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<CheckboxMark> Checkboxes,
    ReadingMethod Method,
    double? OcrConfidence = null,
    int Rotation = 0);

/// <summary>Words that share a baseline, left to right.</summary>
public sealed record TextLine(IReadOnlyList<Word> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public Box Box { get; } = Box.Union(Words.Select(w => w.Box));
}

/// <summary>A word as printed (or as OCR read it), with its box and a 0..1 confidence (1 for a text layer).</summary>
public sealed record Word(string Text, Box Box, double Confidence = 1.0);

/// <summary>A checkbox found on the page (glyph, dingbat, ASCII or drawn square) and whether it is ticked.</summary>
/// <param name="Confidence">How sure the box's own reading is (1 for a glyph in a text layer; for a scan, how far its
/// ink is from the line between ticked and empty). A report's trust in a ticked box comes from this, never from
/// how well the words beside it matched.</param>
public sealed record CheckboxMark(Box Box, bool IsChecked, double Confidence = 1.0);

public enum ReadingMethod { TextLayer, Ocr }

/// <summary>An axis-aligned rectangle; y grows downwards.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CenterY => (Top + Bottom) / 2;
    public double CenterX => (Left + Right) / 2;

    /// <summary>How much of the shorter of the two boxes' heights the boxes share vertically (0..1).</summary>
    public double VerticalOverlap(Box other)
    {
        var shared = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        var shorter = Math.Min(Height, other.Height);
        return shorter <= 0 ? 0 : Math.Clamp(shared / shorter, 0, 1);
    }

    public static Box Union(IEnumerable<Box> boxes)
    {
        double l = double.MaxValue, t = double.MaxValue, r = double.MinValue, b = double.MinValue;
        var any = false;
        foreach (var box in boxes)
        {
            any = true;
            l = Math.Min(l, box.Left); t = Math.Min(t, box.Top);
            r = Math.Max(r, box.Right); b = Math.Max(b, box.Bottom);
        }
        return any ? new Box(l, t, r, b) : default;
    }
}
