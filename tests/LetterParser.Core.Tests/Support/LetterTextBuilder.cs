using LetterParser.Core.Documents;

namespace LetterParser.Core.Tests.Support;

/// <summary>
/// Lays out a letter as extraction would hand it over: one line per call, words 10 units apart,
/// lines 14 units apart, checkbox marks left of the text. "[x] text" and "[ ] text" make a ticked or an
/// empty box; a blank line leaves a paragraph gap. With <c>ocr</c> the pages say they were read by OCR (as a scan's
/// would), with the word confidence as the page's OCR confidence.
/// </summary>
internal sealed class LetterTextBuilder
{
    private readonly List<PageText> _pages = [];
    private List<TextLine> _lines = [];
    private List<CheckboxMark> _marks = [];
    private double _y = 50;
    private ReadingMethod _method = ReadingMethod.TextLayer;
    private double? _ocrConfidence;

    public static DocumentText FromText(string text, double wordConfidence = 1.0, bool ocr = false)
    {
        var builder = new LetterTextBuilder();
        if (ocr)
        {
            builder._method = ReadingMethod.Ocr;
            builder._ocrConfidence = wordConfidence;
        }
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (line.Trim() == "---page---")
                builder.NewPage();
            else
                builder.Line(line, wordConfidence);
        }
        return builder.Build();
    }

    public LetterTextBuilder Line(string text, double wordConfidence = 1.0)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _y += 14;
            return this;
        }
        var indent = text.Length - text.TrimStart().Length;
        var x = 72.0 + indent * 6;
        var words = new List<Word>();
        foreach (var token in Tokens(text.Trim()))
        {
            if (token is "[x]" or "[X]" or "[ ]")
            {
                _marks.Add(new CheckboxMark(new Box(x, _y, x + 9, _y + 9), token != "[ ]"));
                x += 14;
                continue;
            }
            var width = token.Length * 5.5;
            words.Add(new Word(token, new Box(x, _y, x + width, _y + 10), wordConfidence));
            x += width + 3;
        }
        if (words.Count > 0)
            _lines.Add(new TextLine(words));
        _y += 14;
        return this;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var parts = text.Replace("[ ]", "[_]").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Select(p => p == "[_]" ? "[ ]" : p);
    }

    public LetterTextBuilder NewPage()
    {
        _pages.Add(new PageText(_pages.Count + 1, 612, 792, _lines, _marks, _method, _ocrConfidence));
        _lines = [];
        _marks = [];
        _y = 50;
        return this;
    }

    public DocumentText Build()
    {
        if (_lines.Count > 0 || _pages.Count == 0)
            NewPage();
        return new DocumentText("application/pdf", _pages);
    }
}
