using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SampleMaker;

/// <summary>
/// Lays a <see cref="LetterSpec"/> out on US Letter pages with PdfPig's document builder: letterhead, date,
/// identifiers, addressee, then the body blocks with word wrapping, checkboxes and automatic page breaks.
/// </summary>
public sealed class LetterPdfWriter
{
    private const string DejaVuDir = "/usr/share/fonts/truetype/dejavu/";
    private const double PageWidth = 612, Left = 72, Right = 540, Bottom = 76, Top = 740;

    // PdfPig 0.1.16 writes standard-14 fonts with an encoding that garbles accented letters (é prints as Ø),
    // so those faces are kept to ASCII plus the typographic marks that survive; French letters use DejaVu.
    private const string Standard14Safe = "“”‘’–—•ﬁﬂ";

    private readonly LetterSpec _spec;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly Dictionary<string, PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly List<PdfPageBuilder> _pages = [];
    private PdfPageBuilder _page = null!;
    private double _y;

    private LetterPdfWriter(LetterSpec spec) => _spec = spec;

    public static byte[] Write(LetterSpec spec) => new LetterPdfWriter(spec).Build();

    private double Size => _spec.FontSize;
    private double Leading => Size * 1.32;

    private byte[] Build()
    {
        _builder.DocumentInformation.Title = _spec.Title ?? "Letter";
        _builder.DocumentInformation.Producer = "SampleMaker (synthetic demo letter)";
        NewPage();
        FirstPageHeader();
        foreach (var block in _spec.Body)
        {
            Render(block);
        }

        if (_pages.Count > 1)
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var text = _spec.Language == "fr" ? $"Page {i + 1} de {_pages.Count}" : $"Page {i + 1} of {_pages.Count}";
                var font = Font(_spec.Face, false);
                var w = Width(text, 8, font);
                _pages[i].AddText(text, 8, new PdfPoint((PageWidth - w) / 2, 40), font);
            }
        }

        return _builder.Build();
    }

    // ---- fonts -------------------------------------------------------------------------------------

    private PdfDocumentBuilder.AddedFont Font(Face face, bool bold)
    {
        var key = face + (bold ? "-bold" : "");
        if (_fonts.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var added = face switch
        {
            Face.Helvetica => _builder.AddStandard14Font(bold ? Standard14Font.HelveticaBold : Standard14Font.Helvetica),
            Face.Times => _builder.AddStandard14Font(bold ? Standard14Font.TimesBold : Standard14Font.TimesRoman),
            Face.DejaVuSans => _builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuDir + (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"))),
            Face.DejaVuSerif => _builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuDir + (bold ? "DejaVuSerif-Bold.ttf" : "DejaVuSerif.ttf"))),
            _ => throw new ArgumentOutOfRangeException(nameof(face)),
        };
        _fonts[key] = added;
        return added;
    }

    private PdfDocumentBuilder.AddedFont Zapf()
    {
        if (!_fonts.TryGetValue("zapf", out var f))
        {
            f = _builder.AddStandard14Font(Standard14Font.ZapfDingbats);
            _fonts["zapf"] = f;
        }

        return f;
    }

    private bool IsStandard14(Face face) => face is Face.Helvetica or Face.Times;

    private double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
    }

    private void Text(string text, double x, double size, PdfDocumentBuilder.AddedFont font, Face face)
    {
        if (IsStandard14(face))
        {
            var bad = text.FirstOrDefault(c => c > 126 && !Standard14Safe.Contains(c));
            if (bad != default)
            {
                throw new InvalidOperationException($"{_spec.Name}: '{bad}' cannot be printed in {face}; use a DejaVu face.");
            }
        }

        _page.AddText(text, size, new PdfPoint(x, _y), font);
    }

    private string Display(string text)
    {
        return _spec.Ligatures ? text.Replace("fi", "ﬁ").Replace("fl", "ﬂ") : text;
    }

    // ---- pages -------------------------------------------------------------------------------------

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.Letter);
        _pages.Add(_page);
        _y = Top;
        if (_pages.Count > 1)
        {
            // Continuation pages repeat the file reference, as real letters do.
            var font = Font(_spec.Face, false);
            var reference = _spec.ApplicationNumber ?? _spec.UciPrinted;
            if (reference is not null)
            {
                Text(reference, Left, 8, font, _spec.Face);
            }

            _y -= 28;
        }
    }

    private void NeedSpace(double height)
    {
        if (_y - height < Bottom)
        {
            NewPage();
        }
    }

    private void Letterhead()
    {
        // A simplified federal identifier: two red bars around a red square, then the department's names.
        _page.SetTextAndFillColor(214, 37, 40);
        _page.SetStrokeColor(214, 37, 40);
        _page.DrawRectangle(new PdfPoint(Left, 742), 6, 16, 0.1, true);
        _page.DrawRectangle(new PdfPoint(Left + 9, 746), 8, 8, 0.1, true);
        _page.DrawRectangle(new PdfPoint(Left + 20, 742), 6, 16, 0.1, true);
        _page.ResetColor();
        var headBold = Font(Face.DejaVuSans, true);
        var head = Font(Face.DejaVuSans, false);
        var english = _spec.OldLetterhead ? "Citizenship and Immigration Canada" : "Immigration, Refugees and Citizenship Canada";
        var french = _spec.OldLetterhead ? "Citoyenneté et Immigration Canada" : "Immigration, Réfugiés et Citoyenneté Canada";
        var (first, second) = _spec.Language == "fr" ? (french, english) : (english, french);
        _y = 752;
        Text(first, Left + 34, 8.5, headBold, Face.DejaVuSans);
        _y -= 10.5;
        Text(second, Left + 34, 8.5, head, Face.DejaVuSans);

        // The "Canada" wordmark sits at the bottom of the first page.
        var mark = Font(Face.Times, true);
        var saveY = _y;
        _y = 46;
        Text("Canada", Right - Width("Canada", 15, mark), 15, mark, Face.Times);
        _y = saveY;
    }

    private void FirstPageHeader()
    {
        if (_spec.Letterhead)
        {
            Letterhead();
        }

        _y = 712;
        var body = Font(_spec.Face, false);
        var bold = Font(_spec.Face, true);
        if (_spec.Office is { } office)
        {
            Text(office.Name, Left, 9, bold, _spec.Face);
            _y -= 11;
            foreach (var line in office.AddressLines)
            {
                Text(line, Left, 9, body, _spec.Face);
                _y -= 11;
            }
        }

        _y -= 14;
        if (_spec.Date is { } date)
        {
            var printed = Dates.Format(date, _spec.DateStyle);
            Text(_spec.DateLabel is null ? printed : _spec.DateLabel + " " + printed, Left, Size, body, _spec.Face);
            _y -= Leading * 1.6;
        }

        var refs = new List<(string, string)>();
        if (_spec.ApplicationNumber is not null)
        {
            refs.Add((_spec.ApplicationLabel, _spec.ApplicationNumber));
        }

        if (_spec.UciPrinted is not null)
        {
            refs.Add((_spec.UciLabel, _spec.UciPrinted));
        }

        refs.AddRange(_spec.ExtraRefs);
        foreach (var (label, value) in refs)
        {
            Text(label, Left, Size, body, _spec.Face);
            Text(value, Left + Width(label, Size, body) + 5, Size, body, _spec.Face);
            _y -= Leading;
        }

        if (refs.Count > 0)
        {
            _y -= Leading * 0.6;
        }

        foreach (var line in _spec.AddressLines)
        {
            Text(line, Left, Size, body, _spec.Face);
            _y -= Leading;
        }

        if (_spec.AddressLines.Count > 0)
        {
            _y -= Leading * 0.6;
        }

        if (_spec.Title is not null)
        {
            Text(_spec.Title, Left, Size + 1.5, bold, _spec.Face);
            _y -= Leading * 1.8;
        }
    }

    // ---- blocks ------------------------------------------------------------------------------------

    private void Render(Block block)
    {
        switch (block)
        {
            case Para p:
                Paragraph(p.Text, Left + p.Indent, p.Bold, null);
                _y -= p.SpaceAfter;
                break;
            case Reason r:
                Paragraph(r.Text, Left + r.Indent, false, r.Bullet);
                _y -= r.SpaceAfter;
                break;
            case Check c:
                CheckItem(c);
                break;
            case Gap g:
                _y -= g.Points;
                break;
            case PageBreak:
                NewPage();
                break;
            case Row row:
                RowLine(row);
                break;
            case OfficerNotes notes:
                NewPage();
                Paragraph(notes.Heading, Left, true, null);
                _y -= 8;
                foreach (var para in notes.Paragraphs)
                {
                    Paragraph(para, Left, false, null);
                    _y -= 7;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name);
        }
    }

    /// <summary>Prints wrapped text; "\n" forces a line break and U+00AD marks where a word may be hyphenated.</summary>
    private void Paragraph(string text, double x, bool bold, string? bullet)
    {
        var font = Font(_spec.Face, bold);
        var textX = bullet is null ? x : x + 16;
        var lines = Wrap(Display(text), Right - textX, font);
        if (lines.Count <= 6)
        {
            // Short paragraphs (a sign-off, a two-line reason) are not split across pages.
            NeedSpace(Leading * lines.Count);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            NeedSpace(Leading);
            if (i == 0 && bullet is not null)
            {
                Text(bullet, x + 3, Size, font, _spec.Face);
            }

            if (lines[i].Length > 0)
            {
                Text(lines[i], textX, Size, font, _spec.Face);
            }

            _y -= Leading;
        }
    }

    private List<string> Wrap(string text, double width, PdfDocumentBuilder.AddedFont font)
    {
        var result = new List<string>();
        foreach (var hardLine in text.Split('\n'))
        {
            if (hardLine.Trim().Length == 0)
            {
                result.Add("");
                continue;
            }

            var words = new Queue<string>(hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var line = "";
            while (words.Count > 0)
            {
                var word = words.Dequeue();
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(Clean(candidate), Size, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                // Try to hyphenate at a marked point so that the first part still fits on this line.
                var split = false;
                for (var at = word.LastIndexOf('\u00AD'); at > 0; at = word.LastIndexOf('\u00AD', at - 1))
                {
                    var head = (line.Length == 0 ? "" : line + " ") + word[..at] + "-";
                    if (Width(Clean(head), Size, font) <= width)
                    {
                        result.Add(Clean(head));
                        line = "";
                        var rest = new Queue<string>([word[(at + 1)..], .. words]);
                        words = rest;
                        split = true;
                        break;
                    }
                }

                if (split)
                {
                    continue;
                }

                if (line.Length > 0)
                {
                    result.Add(Clean(line));
                }

                line = word;
            }

            if (line.Length > 0)
            {
                result.Add(Clean(line));
            }
        }

        return result;
    }

    private static string Clean(string s) => s.Replace("\u00AD", "");

    private double Box(double x, bool ticked)
    {
        switch (_spec.Boxes)
        {
            case BoxStyle.Unicode:
            {
                var f = Font(Face.DejaVuSans, false);
                var glyph = ticked ? "☒" : "☐";
                Text(glyph, x, Size + 1, f, Face.DejaVuSans);
                return Width(glyph, Size + 1, f);
            }
            case BoxStyle.ZapfDingbats:
            {
                // 'o' is the shadowed square ❏ and 'n' the filled square ■ in the dingbat font.
                var glyph = ticked ? "n" : "o";
                _page.AddText(glyph, Size - 1, new PdfPoint(x, _y), Zapf());
                return Width(glyph, Size - 1, Zapf());
            }
            case BoxStyle.Ascii:
            {
                var f = Font(_spec.Face, false);
                var glyph = ticked ? "[X]" : "[ ]";
                Text(glyph, x, Size, f, _spec.Face);
                return Width(glyph, Size, f);
            }
            case BoxStyle.Drawn:
            {
                var s = Size * 0.8;
                var b = _y - 1;
                _page.DrawRectangle(new PdfPoint(x, b), s, s, 0.7, false);
                if (ticked)
                {
                    _page.DrawLine(new PdfPoint(x + 1, b + 1), new PdfPoint(x + s - 1, b + s - 1), 0.9);
                    _page.DrawLine(new PdfPoint(x + 1, b + s - 1), new PdfPoint(x + s - 1, b + 1), 0.9);
                }

                return s;
            }
            default:
                throw new InvalidOperationException($"{_spec.Name} has checkboxes but no box style.");
        }
    }

    private void CheckItem(Check check)
    {
        var font = Font(_spec.Face, false);
        var labelX = Left + 22;
        var label = check.OtherText is null ? check.Label : check.Label + " " + check.OtherText;
        var lines = Wrap(Display(label), Right - labelX, font);
        NeedSpace(Leading * Math.Min(lines.Count, 3));
        Box(Left + 2, check.Ticked);
        foreach (var line in lines)
        {
            NeedSpace(Leading);
            Text(line, labelX, Size, font, _spec.Face);
            _y -= Leading;
        }

        foreach (var row in check.FactorRows)
        {
            NeedSpace(Leading);
            var x = labelX + 6;
            foreach (var factor in row)
            {
                var text = Display(factor.Label);
                var need = 16 + Width(text, Size, font);
                if (x > labelX + 6 && x + need > Right)
                {
                    _y -= Leading;
                    NeedSpace(Leading);
                    x = labelX + 6;
                }

                var boxWidth = Box(x, factor.Ticked);
                Text(text, x + boxWidth + 5, Size, font, _spec.Face);
                x += boxWidth + 5 + Width(text, Size, font) + 12;
            }

            _y -= Leading;
        }

        _y -= 5;
    }

    private void RowLine(Row row)
    {
        NeedSpace(Leading);
        var font = Font(_spec.Face, row.Bold);
        Text(row.Left, Left, Size, font, _spec.Face);
        Text(row.Right, Right - Width(row.Right, Size, font), Size, font, _spec.Face);
        _y -= Leading;
    }
}
