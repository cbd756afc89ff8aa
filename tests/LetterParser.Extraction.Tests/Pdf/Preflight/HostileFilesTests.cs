using System.Diagnostics;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction.Tests.Ocr;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests.Pdf.Preflight;

/// <summary>
/// Every hostile reproducer ends as a typed error, fast, inside the process that reads it: before the preflight
/// these overflowed the stack (A–D), took 16–19 GB (E, F), inflated to gigabytes (G) or took 19 s (H); the fuzz-*
/// files are what the fuzz harness (tests/LetterParser.Fuzz) found after them.
/// </summary>
public class HostileFilesTests(OcrRecognizerFixture ocr) : IClassFixture<OcrRecognizerFixture>
{
    public static TheoryData<string, ErrorCode> Reproducers => new()
    {
        { "A1-so-refloop-resources.pdf", ErrorCode.CorruptFile },
        { "A2-so-refloop-contents.pdf", ErrorCode.CorruptFile },
        { "A3-so-refloop-kids.pdf", ErrorCode.CorruptFile },
        { "A4-so-refloop-mediabox.pdf", ErrorCode.CorruptFile },
        { "B1-so-form-cycle.pdf", ErrorCode.CorruptFile },
        { "B2-so-form-inherited-resources.pdf", ErrorCode.CorruptFile },
        { "C1-so-xrefstream-W.pdf", ErrorCode.CorruptFile },
        { "D1-so-image-iccbased-self.pdf", ErrorCode.CorruptFile },
        { "D2-so-image-separation-self.pdf", ErrorCode.CorruptFile },
        { "D3-so-image-iccbased-self-1700x2200.pdf", ErrorCode.CorruptFile },
        { "E1-mem-xrefstream-size.pdf", ErrorCode.CorruptFile },
        { "E2-mem-xrefstream-index.pdf", ErrorCode.CorruptFile },
        { "F1-mem-image-redraw-64px.pdf", ErrorCode.TooLarge },
        { "F2-mem-image-redraw-realscan.pdf", ErrorCode.TooLarge },
        { "G1-bomb-flate-decodeparms-first.pdf", ErrorCode.TooLarge },
        { "G2-bomb-flate-dict-over-512-bytes.pdf", ErrorCode.TooLarge },
        { "G3-bomb-flate-filter-indirect.pdf", ErrorCode.TooLarge },
        { "G4-bomb-double-flate-700MB.pdf", ErrorCode.TooLarge },
        { "G5-bomb-small-stream-referenced-100x.pdf", ErrorCode.TooLarge },
        { "G6-bomb-lzw-400MB.pdf", ErrorCode.TooLarge },
        { "H1-glyph-flood-3M.pdf", ErrorCode.TooLarge },
        // Found by tests/LetterParser.Fuzz (each crashed or stalled a reader): a reference written "6 00R" (a number ends
        // where PdfPig ends it), a stream with no endstream hiding the looping objects after it, a spliced glyph flood.
        { "fuzz-number-ends-at-letter-refloop.pdf", ErrorCode.CorruptFile },
        { "fuzz-missing-endstream-hides-refloop.pdf", ErrorCode.CorruptFile },
        { "fuzz-glyph-flood-spliced.pdf", ErrorCode.TooLarge },
        // A page content whose zlib checksum is wrong (PdfPig ignores it) painting a form that paints itself, and an
        // absurd cross-reference stream replaced by a later object of its number (PdfPig still reads it).
        { "fuzz-bad-checksum-hides-form-loop.pdf", ErrorCode.CorruptFile },
        { "fuzz-replaced-xref-stream-overflows.pdf", ErrorCode.CorruptFile },
        // A cross-reference stream with an absurd /W whose header reads "7 0.0001 obj" (PdfPig takes any two numbers
        // there), and an image whose colour space refers to the image itself behind a name holding a '%' (which
        // PdfPig keeps in the name, so the entries after it are not a comment).
        { "fuzz-decimal-generation-hides-xref-stream.pdf", ErrorCode.CorruptFile },
        { "fuzz-percent-in-name-hides-colour-space-loop.pdf", ErrorCode.CorruptFile },
        // Self-referencing objects the graph walk did not reach, though PdfPig did: a page dictionary holding a hex
        // string with bytes that are not hex (PdfPig skips it and reads the /Resources after it), a catalog whose
        // /Type is misspelt and whose number a page reuses (PdfPig opens it from the trailer anyway), and a page
        // dictionary with a stray ']' (PdfPig reads past it to its /Contents).
        { "fuzz-bad-hex-string-hides-resources-refloop.pdf", ErrorCode.CorruptFile },
        { "fuzz-misspelt-catalog-hides-kids-refloop.pdf", ErrorCode.CorruptFile },
        { "fuzz-stray-bracket-hides-contents-refloop.pdf", ErrorCode.CorruptFile },
        // A page content damaged into 300,000 stray words after 6,500 operations: PdfPig searched back through all
        // the operations at each stray word, 12 s of CPU.
        { "fuzz-stray-words-after-thousands-of-operations.pdf", ErrorCode.CorruptFile },
        // A cross-reference stream with an absurd /W whose dictionary a splice ran on past an endobj to a later
        // 'stream' (PdfPig reads it there and overflows its stack on the /W).
        { "fuzz-xref-stream-dictionary-runs-past-endobj.pdf", ErrorCode.CorruptFile },
        // Seed 2: a form's content, grown past its /Length by a repeated chunk, holds a '>>' that closes nothing
        // before the "/Fm1 Do" that paints the form that paints it (PdfPig reads on past the '>>').
        { "fuzz-stray-closer-in-form-hides-form-loop.pdf", ErrorCode.CorruptFile },
    };

    /// <summary>
    /// Scans the fuzz harness found slow (10–15 s in a reader): mutants of 600 × 250 crops of a 300 DPI scan, which
    /// were taken for whole pages at 30 DPI and enlarged ten times before OCR.
    /// </summary>
    public static TheoryData<string> Scans => ["fuzz-tiff-crop-taken-for-a-30dpi-page.tif", "fuzz-jpeg-crop-taken-for-a-30dpi-page.jpg"];

    [Theory]
    [MemberData(nameof(Scans))]
    public void AFuzzedScanIsReadWithOcrOrRefusedWithATypedErrorWithinTenSeconds(string file)
    {
        var bytes = Fixtures.Read("Hostile/" + file);
        var source = new DocumentTextExtractor(ocr.Recognizer, LetterLimits.Default);
        var clock = Stopwatch.StartNew();

        var outcome = Record.Exception(() => source.Read(bytes, CancellationToken.None));

        Assert.True(outcome is null or LetterInputException, $"ended with {outcome?.GetType().Name}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void AHostileFileIsRefusedWithATypedErrorWithinTwoSeconds(string file, ErrorCode expected)
    {
        var bytes = Fixtures.Read("Hostile/" + file);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<LetterInputException>(() => new DocumentTextExtractor().Read(bytes, CancellationToken.None));

        Assert.Equal(expected, error.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
