using System.Text;

namespace LetterParser.Extraction.Tests.Support;

/// <summary>
/// Writes a one-page PDF by hand, for what PdfDocumentBuilder cannot make: text in a font that is not
/// embedded and has no ToUnicode map (as Word writes Wingdings), so the text layer holds raw character codes.
/// </summary>
internal static class RawPdf
{
    /// <param name="content">The page content stream; Latin-1, so "\u00FE" writes byte 0xFE.</param>
    /// <param name="fonts">Font dictionaries (without the angle brackets), named /F1, /F2... in order; objects 5, 6...</param>
    /// <param name="extra">More objects (font descriptors), numbered after the fonts.</param>
    /// <param name="resources">More entries of the page's resource dictionary ("/Pattern << /P1 7 0 R >>").</param>
    public static byte[] OnePage(string content, IReadOnlyList<string> fonts, IReadOnlyList<string>? extra = null, string resources = "")
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << "
                + string.Join(' ', fonts.Select((_, i) => $"/F{i + 1} {5 + i} 0 R")) + " >> " + resources + " >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        objects.AddRange(fonts.Select(f => $"<< {f} >>"));
        objects.AddRange(extra ?? []);

        var latin1 = Encoding.Latin1;
        using var output = new MemoryStream();
        void Write(string s) => output.Write(latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public const string Helvetica = "/Type /Font /Subtype /Type1 /BaseFont /Helvetica";

    /// <summary>A non-embedded symbolic TrueType font as Word writes Wingdings: no ToUnicode map, codes 32..255.</summary>
    public static string SymbolTrueType(string baseFont, int descriptorObject) =>
        $"/Type /Font /Subtype /TrueType /BaseFont /{baseFont} /FirstChar 32 /LastChar 255 /Widths [{string.Join(' ', Enumerable.Repeat("900", 224))}] /FontDescriptor {descriptorObject} 0 R";

    public static string SymbolDescriptor(string fontName) =>
        $"<< /Type /FontDescriptor /FontName /{fontName} /Flags 4 /FontBBox [0 -210 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -210 /CapHeight 700 /StemV 80 >>";
}
