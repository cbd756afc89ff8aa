using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LetterParser.Extraction.Tests.Support;

internal enum LetterFont { Helvetica, ZapfDingbats, DejaVuSans }

/// <summary>
/// Builds small test letters with PdfPig's own writer. Positions are given as a person reads the page:
/// x from the left, y of the baseline from the top, in points.
/// </summary>
internal sealed class LetterPdf
{
    private const string DejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private readonly PdfDocumentBuilder _builder = new();
    private readonly Dictionary<LetterFont, PdfDocumentBuilder.AddedFont> _fonts = [];
    private PdfPageBuilder _page;

    public LetterPdf(double width = 612, double height = 792)
    {
        _page = _builder.AddPage(width, height);
    }

    public double PageHeight => _page.PageSize.Height;

    public LetterPdf Text(string text, double x, double baselineFromTop, double size = 12, LetterFont font = LetterFont.Helvetica)
    {
        _page.AddText(text, size, new PdfPoint(x, PageHeight - baselineFromTop), Font(font));
        return this;
    }

    /// <summary>A stroked (or filled) rectangle whose top-left corner is at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public LetterPdf Rectangle(double x, double top, double width, double height, bool fill = false)
    {
        _page.DrawRectangle(new PdfPoint(x, PageHeight - top - height), width, height, 1, fill);
        return this;
    }

    public LetterPdf Line(double x1, double y1FromTop, double x2, double y2FromTop)
    {
        _page.DrawLine(new PdfPoint(x1, PageHeight - y1FromTop), new PdfPoint(x2, PageHeight - y2FromTop), 1);
        return this;
    }

    /// <summary>Draws what follows (text, lines, fills) in this colour.</summary>
    public LetterPdf Colour(byte red, byte green, byte blue)
    {
        _page.SetStrokeColor(red, green, blue);
        _page.SetTextAndFillColor(red, green, blue);
        return this;
    }

    /// <summary>Draws text invisibly (rendering mode 3), as OCR software hides its text layer over a scan.</summary>
    public LetterPdf Invisible()
    {
        _page.SetTextRenderingMode(UglyToad.PdfPig.Core.TextRenderingMode.Neither);
        return this;
    }

    public LetterPdf Png(byte[] png, double x, double top, double width, double height)
    {
        _page.AddPng(png, new PdfRectangle(x, PageHeight - top - height, x + width, PageHeight - top));
        return this;
    }

    /// <summary>Sets the page's /Rotate: viewers turn it clockwise by <paramref name="degrees"/> when they show it.</summary>
    public LetterPdf Rotate(int degrees)
    {
        _page.SetRotation(new UglyToad.PdfPig.Content.PageRotationDegrees(degrees));
        return this;
    }

    public LetterPdf NewPage(double width = 612, double height = 792)
    {
        _page = _builder.AddPage(width, height);
        return this;
    }

    public byte[] Build() => _builder.Build();

    /// <summary>Reads the built PDF through the real entry point, with no OCR unless one is given.</summary>
    public DocumentText Read(IScannedPageRecognizer? scannedPages = null, LetterLimits? limits = null) =>
        new DocumentTextExtractor(scannedPages ?? NoOcr.Instance, limits ?? LetterLimits.Default).Read(Build(), CancellationToken.None);

    /// <summary>A paragraph of ordinary prose, enough for a page to count as a real text layer.</summary>
    public const string Prose = "I have reviewed your application for a work permit and I am not satisfied that you meet the requirements.";

    private PdfDocumentBuilder.AddedFont Font(LetterFont font)
    {
        if (!_fonts.TryGetValue(font, out var added))
        {
            added = font switch
            {
                LetterFont.ZapfDingbats => _builder.AddStandard14Font(Standard14Font.ZapfDingbats),
                LetterFont.DejaVuSans => _builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuPath)),
                _ => _builder.AddStandard14Font(Standard14Font.Helvetica),
            };
            _fonts[font] = added;
        }
        return added;
    }
}
