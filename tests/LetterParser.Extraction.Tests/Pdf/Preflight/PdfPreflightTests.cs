using System.IO.Compression;
using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests.Pdf.Preflight;

public class PdfPreflightTests
{
    /// <summary>A one-page PDF whose content stream is <paramref name="inflatedBytes"/> of spaces, Flate-compressed.</summary>
    private static byte[] PdfWithContentOf(int inflatedBytes)
    {
        var content = new MemoryStream();
        using (var zlib = new ZLibStream(content, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 720 Td (Refusal) Tj ET\n"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0; written < inflatedBytes; written += spaces.Length)
                zlib.Write(spaces, 0, Math.Min(spaces.Length, inflatedBytes - written));
        }
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"u8.ToArray(),
            [.. Encoding.ASCII.GetBytes($"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n"), .. content.ToArray(), .. "\nendstream"u8.ToArray()],
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
        };
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        pdf.Write(Encoding.ASCII.GetBytes($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
            pdf.Write(Encoding.ASCII.GetBytes($"{offset:D10} 00000 n \n"));
        pdf.Write(Encoding.ASCII.GetBytes($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    [Fact]
    public void APdfThatInflatesFarBeyondTheLimitIsRefusedBeforeParsing()
    {
        var bomb = PdfWithContentOf(64 * 1024 * 1024);
        var limits = LetterLimits.Default with { MaxInflatedPdfBytes = 16 * 1024 * 1024 };

        var error = Assert.Throws<LetterInputException>(() => new DocumentTextExtractor(limits).Read(bomb, CancellationToken.None));

        Assert.Equal(ErrorCode.TooLarge, error.Code);
        Assert.Contains("decompression bomb", error.Message, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb itself is small");
    }

    private const string Refusal = "BT /F1 12 Tf 72 720 Td (Refusal) Tj ET";

    private static LetterInputException Refused(byte[] pdf) =>
        Assert.Throws<LetterInputException>(() => new DocumentTextExtractor().Read(pdf, CancellationToken.None));

    [Fact]
    public void ObjectsThatReferToEachOtherInALoopAreRefusedEvenWhenNoPageReachesThem()
    {
        // Objects 6 and 7 are only references to each other; nothing the preflight walks points at them.
        var pdf = RawPdf.OnePage(Refusal, [RawPdf.Helvetica], ["7 0 R", "6 0 R"]);

        var error = Refused(pdf);

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("refer to themselves in a loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AChainOfReferencesLongerThanAnyLetterHasIsRefusedAsTooDeep()
    {
        // Objects 6 -> 7 -> ... -> 105, each only a reference to the next; the last is a number.
        var chain = Enumerable.Range(6, 100).Select(n => n < 105 ? $"{n + 1} 0 R" : "612").ToList();

        var error = Refused(RawPdf.OnePage(Refusal, [RawPdf.Helvetica], chain));

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("nested far deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortChainOfReferencesIsRead()
    {
        var chain = new List<string> { "7 0 R", "8 0 R", "612" };

        var document = new DocumentTextExtractor().Read(RawPdf.OnePage(Refusal, [RawPdf.Helvetica], chain), CancellationToken.None);

        Assert.Equal("Refusal", Assert.Single(document.Pages).Lines.Single().Text);
    }

    [Fact]
    public void AHexStringWithBytesThatAreNotHexDoesNotHideTheFormLoopAfterIt()
    {
        // PdfPig passes over "<zz9" as no token at all and reads the /XObject entry after it; so must the preflight
        // (which read a hex string up to the first '>'), or the form that paints itself (object 6, inheriting the
        // page's resources) overflows PdfPig's stack.
        var form = "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length 8 >>\nstream\n/Fm0 Do\nendstream";
        var pdf = RawPdf.OnePage("/Fm0 Do", [RawPdf.Helvetica], [form], resources: "/Junk (x) <zz9 /XObject << /Fm0 6 0 R >>");

        var error = Refused(pdf);

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("refer to themselves in a loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrayDoubleBracketInAContentStreamDoesNotHideTheFormLoopAfterIt()
    {
        var form = "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length 14 >>\nstream\n0 R >> /Fm0 Do\nendstream";
        var pdf = RawPdf.OnePage("/Fm0 Do", [RawPdf.Helvetica], [form], resources: "/XObject << /Fm0 6 0 R >>");

        var error = Refused(pdf);

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("refer to themselves in a loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWhoseDictionaryHoldsAHexStringWithBytesThatAreNotHexIsStillRead()
    {
        var pdf = RawPdf.OnePage(Refusal, [RawPdf.Helvetica], resources: "/Junk <zz9");

        var document = new DocumentTextExtractor().Read(pdf, CancellationToken.None);

        Assert.Equal("Refusal", Assert.Single(document.Pages).Lines.Single().Text);
    }

    [Fact]
    public void APageWhoseContentIsFullOfStrayWordsAfterManyOperationsIsRefusedAsDamaged()
    {
        // 10,000 operations, then 3,000 words PdfPig cannot run: each makes it search all the operations before it.
        var content = Refusal + "\n" + string.Concat(Enumerable.Repeat("q Q ", 5_000)) + string.Concat(Enumerable.Repeat("qqq6 ", 3_000));

        var error = Refused(RawPdf.OnePage(content, [RawPdf.Helvetica]));

        Assert.Equal(ErrorCode.CorruptFile, error.Code);
        Assert.Contains("not drawing instructions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWithAFewStrayWordsIsRead()
    {
        var content = Refusal + "\n" + string.Concat(Enumerable.Repeat("q Q ", 5_000)) + "qqq6 xyz";

        var document = new DocumentTextExtractor().Read(RawPdf.OnePage(content, [RawPdf.Helvetica]), CancellationToken.None);

        Assert.Equal("Refusal", Assert.Single(document.Pages).Lines.Single().Text);
    }

    [Fact]
    public void APdfWithinTheLimitIsRead()
    {
        var document = new DocumentTextExtractor().Read(PdfWithContentOf(2 * 1024 * 1024), CancellationToken.None);

        Assert.Equal("Refusal", Assert.Single(document.Pages).Lines.Single().Text);
    }
}
