using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LetterParser.Pdf;

/// <summary>
/// Draws a <see cref="ReportDocument"/> as an A4 PDF with PDFsharp: the same sections and words as the page and
/// Markdown, the summary box framed at the top of page 1, headings never left alone at a page foot, text that
/// stays selectable (and so readable back by PdfPig or a screen reader), the report's language set in the file.
/// </summary>
public static class PdfReportRenderer
{
    public static byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SystemFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "LetterParser";
        pdf.Language = document.Text.Code;
        var layout = new Layout(pdf, document);
        layout.Title(document.Title);
        foreach (var section in document.Sections)
        {
            if (section.Heading is not null)
                layout.Heading(section.Heading);
            foreach (var block in section.Blocks)
                layout.Block(block);
        }
        layout.Finish();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A run of text in one font and colour, the unit a line is wrapped from.</summary>
    private readonly record struct Run(string Text, XFont Font, XBrush Brush);

    private sealed class Layout
    {
        private const double Margin = 56;
        private static readonly XFont Body = new(SystemFontResolver.Family, 10.5, XFontStyleEx.Regular);
        private static readonly XFont Bold = new(SystemFontResolver.Family, 10.5, XFontStyleEx.Bold);
        private static readonly XFont Small = new(SystemFontResolver.Family, 8.5, XFontStyleEx.Regular);
        private static readonly XFont Italic = new(SystemFontResolver.Family, 9, XFontStyleEx.Italic);
        private static readonly XFont TitleFont = new(SystemFontResolver.Family, 16, XFontStyleEx.Bold);
        private static readonly XFont HeadingFont = new(SystemFontResolver.Family, 13, XFontStyleEx.Bold);
        private static readonly XFont SubheadingFont = new(SystemFontResolver.Family, 11.5, XFontStyleEx.Bold);
        private static readonly XFont BadgeFont = new(SystemFontResolver.Family, 9, XFontStyleEx.Bold);
        // Dark enough on white for WCAG AA contrast: the urgent red is #A4000F, grey text #555555.
        private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x1b, 0x1b, 0x1b));
        private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
        private static readonly XColor Urgent = XColor.FromArgb(0xa4, 0x00, 0x0f);
        private static readonly XColor Accent = XColor.FromArgb(0x0b, 0x5c, 0xad);

        private readonly PdfDocument _pdf;
        private readonly ReportDocument _document;
        private XGraphics _gfx = null!;
        private PdfPage _page = null!;
        private double _y;
        private int _pageNumber;

        public Layout(PdfDocument pdf, ReportDocument document)
        {
            _pdf = pdf;
            _document = document;
            NewPage();
        }

        private double Width => _page.Width.Point - 2 * Margin;
        private double Bottom => _page.Height.Point - Margin;

        public void Title(string text) => Paragraph([new Run(text, TitleFont, Ink)], 0, after: 10);

        public void Heading(string text)
        {
            // Keep a heading with at least three lines of what follows.
            KeepRoom(HeadingFont.GetHeight() + 4 * Body.GetHeight());
            _y += 8;
            Paragraph([new Run(text, HeadingFont, Ink)], 0, after: 2);
            _gfx.DrawLine(new XPen(XColor.FromArgb(0xd7, 0xdc, 0xe2), 1), Margin, _y, Margin + Width, _y);
            _y += 6;
        }

        public void Block(Block block)
        {
            switch (block)
            {
                case SummaryBlock { Summary: var summary }:
                    SummaryBox(summary);
                    break;
                case SubheadingBlock sub:
                    KeepRoom(SubheadingFont.GetHeight() + 3 * Body.GetHeight());
                    _y += 4;
                    if (sub.Badge is not null)
                    {
                        var label = sub.Badge.ToUpperInvariant();
                        var size = _gfx.MeasureString(label, BadgeFont);
                        var top = _y + 1;
                        _gfx.DrawRectangle(new XSolidBrush(Urgent), Margin, top, size.Width + 8, BadgeFont.GetHeight() + 2);
                        _gfx.DrawString(label, BadgeFont, XBrushes.White, new XRect(Margin + 4, top + 1, size.Width, BadgeFont.GetHeight()), XStringFormats.TopLeft);
                        Paragraph([new Run(sub.Text, SubheadingFont, Ink)], size.Width + 14, after: 4);
                    }
                    else
                    {
                        Paragraph([new Run(sub.Text, SubheadingFont, Ink)], 0, after: 4);
                    }
                    break;
                case ParagraphBlock p:
                    List<Run> runs = [];
                    if (p.Lead is not null)
                        runs.Add(new Run(p.Text.Length == 0 ? p.Lead : p.Lead + ".", Bold, Ink));
                    if (p.Text.Length > 0)
                        runs.Add(new Run(p.Text, p.Small ? Small : p.Strong ? Bold : Body, p.Small ? Muted : Ink));
                    if (p.Lead is not null && p.Text.Length == 0)
                        KeepRoom(3 * Body.GetHeight());
                    Paragraph(runs, 0, after: 6);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        List<Run> itemRuns = [];
                        if (item.Lead is not null)
                            itemRuns.Add(new Run(_document.Text.Labelled(item.Lead, "").TrimEnd(), Bold, Ink));
                        itemRuns.Add(new Run(item.Quoted ? _document.Text.Quoted(item.Text) : item.Text, Body, Ink));
                        if (item.Note is not null)
                            itemRuns.Add(new Run($"({item.Note})", Small, Muted));
                        KeepRoom(Body.GetHeight() * 1.3);
                        _gfx.DrawString(list.Checklist ? "☐" : "•", Body, Ink, new XRect(Margin + 6, _y, 12, Body.GetHeight()), XStringFormats.TopLeft);
                        Paragraph(itemRuns, 20, after: 2);
                    }
                    _y += 4;
                    break;
                case QuoteBlock quote:
                    var start = _y;
                    var startPage = _pageNumber;
                    Paragraph([new Run(quote.Text, Body, Ink)], 12, after: 2);
                    if (startPage == _pageNumber)
                        _gfx.DrawLine(new XPen(XColor.FromArgb(0x9a, 0xa7, 0xb5), 3), Margin + 3, start, Margin + 3, _y);
                    if (quote.Caption is not null)
                        Paragraph([new Run(quote.Caption, Italic, Muted)], 12, after: 6);
                    break;
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(block));
            }
        }

        private void SummaryBox(ReportSummary summary)
        {
            const double pad = 10;
            var inner = Width - 2 * pad;
            var lines = new List<(List<Run> Runs, double Height)>
            {
                Measure([new Run(summary.Heading, HeadingFont, Ink)], inner),
            };
            foreach (var line in summary.Lines)
                lines.Add(Measure([new Run("• " + line.Text, line.Strong ? Bold : Body, line.Strong && line.Kind != SummaryLineKind.Review ? new XSolidBrush(Urgent) : Ink)], inner));
            var height = lines.Sum(l => l.Height) + 2 * pad + 4 * (lines.Count - 1);
            KeepRoom(height);
            _gfx.DrawRectangle(new XPen(Accent, 1.5), new XSolidBrush(XColor.FromArgb(0xe8, 0xf1, 0xfb)), Margin, _y, Width, height);
            _y += pad;
            foreach (var (runs, _) in lines)
            {
                Paragraph(runs, pad, after: 4, right: pad);
            }
            _y += pad;
        }

        private (List<Run>, double) Measure(List<Run> runs, double width) =>
            (runs, Wrap(runs, width).Sum(line => line.Max(w => w.Run.Font.GetHeight())));

        /// <summary>Draws runs wrapped to the page width from <paramref name="indent"/>, page by page.</summary>
        private void Paragraph(IReadOnlyList<Run> runs, double indent, double after, double right = 0)
        {
            foreach (var line in Wrap(runs, Width - indent - right))
            {
                var height = line.Max(w => w.Run.Font.GetHeight());
                KeepRoom(height);
                foreach (var word in line)
                    _gfx.DrawString(word.Text, word.Run.Font, word.Run.Brush, new XRect(Margin + indent + word.X, _y, word.Width + 1, height), XStringFormats.TopLeft);
                _y += height;
            }
            _y += after;
        }

        private readonly record struct Placed(string Text, Run Run, double X, double Width);

        /// <summary>Greedy word wrap across runs of different fonts; a word wider than the line is drawn on a line of its own.</summary>
        private List<List<Placed>> Wrap(IReadOnlyList<Run> runs, double width)
        {
            var lines = new List<List<Placed>>();
            var line = new List<Placed>();
            double x = 0;
            foreach (var run in runs)
            {
                var space = _gfx.MeasureString(" ", run.Font).Width;
                foreach (var paragraphLine in run.Text.ReplaceLineEndings("\n").Split('\n').Select((text, index) => (text, index)))
                {
                    if (paragraphLine.index > 0)
                    {
                        lines.Add(line);
                        line = [];
                        x = 0;
                    }
                    foreach (var word in paragraphLine.text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var w = _gfx.MeasureString(word, run.Font).Width;
                        var at = line.Count == 0 ? 0 : x + space;
                        if (line.Count > 0 && at + w > width)
                        {
                            lines.Add(line);
                            line = [];
                            at = 0;
                        }
                        line.Add(new Placed(word, run, at, w));
                        x = at + w;
                    }
                }
            }
            if (line.Count > 0)
                lines.Add(line);
            return lines.Count == 0 ? [[new Placed("", runs.Count > 0 ? runs[0] : new Run("", Body, Ink), 0, 0)]] : lines;
        }

        private void KeepRoom(double height)
        {
            if (_y + height > Bottom)
                NewPage();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = _pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _pageNumber++;
            _y = Margin;
            var footer = $"{_document.Title} · {_document.Text.Format("page.label", _pageNumber)}";
            _gfx.DrawString(footer, Small, Muted, new XRect(Margin, _page.Height.Point - Margin + 16, Width, Small.GetHeight()), XStringFormats.TopLeft);
        }

        public void Finish() => _gfx.Dispose();
    }
}
