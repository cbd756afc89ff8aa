using System.Runtime.InteropServices;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LetterParser.Extraction.Pdf;

/// <summary>How much a page's text layer can be trusted; decides whether the page goes to OCR instead.</summary>
/// <param name="Glyphs">Visible, non-space glyphs that are text (checkbox and symbol-font glyphs excluded).</param>
/// <param name="LettersAndDigits">Of those, letters and digits.</param>
/// <param name="Unmappable">Of those, glyphs with no real character (private use, U+FFFD, control codes).</param>
/// <param name="Invisible">Of those, glyphs drawn invisibly: the hidden OCR layer of a "searchable" scan.</param>
internal readonly record struct TextLayerQuality(int Glyphs, int LettersAndDigits, int Unmappable, int Invisible);

/// <summary>A page read from its text layer, with what is needed to decide whether to trust it.</summary>
internal sealed record TextLayerPage(PageText Page, TextLayerQuality Quality);

/// <summary>
/// Reads the text layer of a PDF with PdfPig: words from <see cref="NearestNeighbourWordExtractor"/> (not
/// <c>page.Text</c>, which glues lines together), grouped into lines, with checkbox marks taken out of the text.
/// </summary>
internal static class PdfTextLayerExtractor
{
    /// <summary>
    /// PdfPig's default word extractor spreads each page's neighbour search over the thread pool. A letter is read
    /// by one reader thread, one reader per core: fanning out only adds hand-offs and spinning threads (the words
    /// are the same either way), and it would let one letter take more than the core it was given.
    /// </summary>
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>Opens a PDF, turning every way it can fail into a <see cref="LetterInputException"/>.</summary>
    public static PdfDocument Open(ReadOnlyMemory<byte> content, LetterLimits limits)
    {
        // PdfPig reads from an array; reuse the caller's when it is a whole one instead of copying 25 MB.
        var bytes = MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Corrupt();
        }

        int pages;
        try
        {
            pages = document.NumberOfPages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document.Dispose();
            throw Corrupt();
        }
        if (pages <= 0)
        {
            document.Dispose();
            throw new LetterInputException(ErrorCode.CorruptFile, "This PDF has no pages. Upload the PDF of the letter itself.");
        }
        if (pages > limits.MaxPages)
        {
            document.Dispose();
            throw new LetterInputException(ErrorCode.TooManyPages,
                $"This PDF has {pages} pages; at most {limits.MaxPages} are read. Upload only the refusal letter (and its decision notes, if attached).");
        }
        return document;
    }

    public static LetterInputException Encrypted() =>
        new(ErrorCode.EncryptedPdf, "This PDF is password-protected: remove the password and upload it again.");

    public static LetterInputException Corrupt() =>
        new(ErrorCode.CorruptFile, "This PDF is damaged or incomplete and cannot be opened. Download the letter again and upload the new copy.");

    public static TextLayerPage ReadPage(Page page, int number)
    {
        var frame = new PageFrame(page);
        var pageGlyphs = page.Letters;
        var kept = new List<Glyph>(pageGlyphs.Count);
        List<Glyph>? turned = null; // text not running left to right: margin form numbers, stamps, watermarks
        List<(Glyph Glyph, GlyphRole Role)>? glyphMarks = null;
        List<Glyph>? possibleInnerMarks = null;
        HashSet<Glyph>? bullets = null;
        int glyphs = 0, lettersAndDigits = 0, unmappable = 0, invisible = 0;

        foreach (var glyph in pageGlyphs)
        {
            var value = glyph.Value;
            if (value.Length == 0)
            {
                // A glyph the font could not map to any character: evidence of a broken text layer.
                glyphs++;
                unmappable++;
                continue;
            }
            if (string.IsNullOrWhiteSpace(value))
                continue; // spaces: the word extractor finds gaps from positions
            var role = CheckboxGlyphs.Classify(value, glyph.FontName);
            switch (role)
            {
                case GlyphRole.EmptyBox or GlyphRole.CheckedBox or GlyphRole.Tick:
                    (glyphMarks ??= []).Add((glyph, role));
                    continue;
                case GlyphRole.Ornament:
                    continue;
                case GlyphRole.Bullet:
                    (bullets ??= new(ReferenceEqualityComparer.Instance)).Add(glyph);
                    kept.Add(glyph);
                    continue;
            }
            if (CheckboxGlyphs.IsSymbolFont(glyph.FontName) && WordText.IsUnmappable(value))
                continue; // a symbol-font glyph we have no name for: decoration, not a broken text layer
            glyphs++;
            if (char.IsLetterOrDigit(value, 0))
                lettersAndDigits++;
            else if (WordText.IsUnmappable(value))
                unmappable++;
            if (glyph.RenderingMode == TextRenderingMode.Neither)
                invisible++;
            if (glyph.TextOrientation != TextOrientation.Horizontal)
            {
                (turned ??= []).Add(glyph);
                continue;
            }
            if (CheckboxGlyphs.IsMarkInsideBox(value))
                (possibleInnerMarks ??= []).Add(glyph);
            kept.Add(glyph);
        }
        // A letter reads left to right; turned text is kept only when it is most of the page (a page drawn sideways).
        if (turned is not null && turned.Count > kept.Count)
            kept.AddRange(turned);

        var checkboxes = new List<CheckboxMark>();
        var consumed = FindCheckboxes(page, frame, kept, glyphMarks, possibleInnerMarks, checkboxes);
        if (consumed is not null)
            kept.RemoveAll(consumed.Contains);

        var words = new List<PlacedWord>(kept.Count / 4 + 1);
        foreach (var word in WordExtractor.GetWords(kept))
        {
            var text = word.Text;
            if (bullets is not null && word.Letters.Any(bullets.Contains))
                text = string.Concat(word.Letters.Select(l => bullets.Contains(l) ? "•" : l.Value));
            if (string.IsNullOrWhiteSpace(text))
                continue;
            words.Add(PlacedWord.From(WordText.Clean(text), word.Letters, frame));
        }

        var lines = new List<TextLine>();
        foreach (var line in LineBuilder.Build(words))
        {
            var clean = AsciiCheckboxes.Extract(line, frame, checkboxes);
            if (clean.Count > 0)
                lines.Add(new TextLine(clean.ConvertAll(w => w.ToWord())));
        }
        checkboxes.Sort(static (a, b) => a.Box.Top != b.Box.Top ? a.Box.Top.CompareTo(b.Box.Top) : a.Box.Left.CompareTo(b.Box.Left));
        lines = DrawnBullets.Restore(lines, page.Paths, frame, checkboxes);

        var pageText = new PageText(number, frame.Width, frame.Height, lines, checkboxes, ReadingMethod.TextLayer, Rotation: frame.Rotation);
        return new TextLayerPage(pageText, new TextLayerQuality(glyphs, lettersAndDigits, unmappable, invisible));
    }

    /// <summary>
    /// Turns box glyphs, lone ticks and drawn squares into marks. An "X" or tick inside an empty box glyph or a
    /// drawn square ticks that box and is taken out of the text; a tick standing alone is itself a ticked box.
    /// Returns the text glyphs used up as marks, if any.
    /// </summary>
    private static HashSet<Glyph>? FindCheckboxes(Page page, PageFrame frame, List<Glyph> textGlyphs,
        List<(Glyph Glyph, GlyphRole Role)>? glyphMarks, List<Glyph>? possibleInnerMarks, List<CheckboxMark> checkboxes)
    {
        var drawn = DrawnCheckboxFinder.Find(page.Paths);
        if (drawn.Count > 0)
        {
            // A square around ordinary text (a framed page number, a table cell) is not a checkbox.
            var near = new PdfRectangle(drawn.Min(b => b.Rect.Left), drawn.Min(b => b.Rect.Bottom), drawn.Max(b => b.Rect.Right), drawn.Max(b => b.Rect.Top));
            HashSet<int>? framingText = null;
            foreach (var glyph in textGlyphs)
            {
                var centre = glyph.BoundingBox.Centroid;
                if (!Contains(near, centre) || CheckboxGlyphs.IsMarkInsideBox(glyph.Value))
                    continue;
                for (var i = 0; i < drawn.Count; i++)
                {
                    if (Contains(drawn[i].Rect, centre))
                        (framingText ??= []).Add(i);
                }
            }
            if (framingText is not null)
                drawn = drawn.Where((_, i) => !framingText.Contains(i)).ToList();
        }
        if (glyphMarks is null && drawn.Count == 0)
            return null;

        // Every box-like thing a mark could sit in, in user space.
        var boxes = new List<(PdfRectangle Rect, bool Checked)>(drawn.Count + (glyphMarks?.Count ?? 0));
        foreach (var box in drawn)
            boxes.Add((box.Rect, box.IsChecked));
        var ticks = new List<Glyph>();
        if (glyphMarks is not null)
        {
            foreach (var (glyph, role) in glyphMarks)
            {
                if (role == GlyphRole.Tick)
                    ticks.Add(glyph);
                else
                    boxes.Add((glyph.BoundingBox, role == GlyphRole.CheckedBox));
            }
        }

        HashSet<Glyph>? consumed = null;
        if (possibleInnerMarks is not null)
        {
            foreach (var glyph in possibleInnerMarks)
            {
                var inside = boxes.FindIndex(b => Contains(b.Rect, glyph.BoundingBox.Centroid));
                if (inside < 0)
                    continue;
                boxes[inside] = (boxes[inside].Rect, true);
                (consumed ??= new(ReferenceEqualityComparer.Instance)).Add(glyph);
            }
        }
        foreach (var tick in ticks)
        {
            var inside = boxes.FindIndex(b => Contains(b.Rect, tick.BoundingBox.Centroid));
            if (inside >= 0)
                boxes[inside] = (boxes[inside].Rect, true);
            else
                checkboxes.Add(new CheckboxMark(frame.Map(tick.BoundingBox), true));
        }
        foreach (var (rect, isChecked) in boxes)
            checkboxes.Add(new CheckboxMark(frame.Map(rect), isChecked));
        return consumed;
    }

    private static bool Contains(PdfRectangle rect, PdfPoint point)
    {
        var left = Math.Min(rect.Left, rect.Right);
        var right = Math.Max(rect.Left, rect.Right);
        var bottom = Math.Min(rect.Bottom, rect.Top);
        var top = Math.Max(rect.Bottom, rect.Top);
        return point.X > left && point.X < right && point.Y > bottom && point.Y < top;
    }
}
