using System.Text;
using LetterParser.Extraction.Pdf.Preflight;

namespace LetterParser.Extraction.Tests.Pdf.Preflight;

public class PdfObjectIndexTests
{
    private static PdfObjectIndex Index(string pdf) => PdfObjectIndex.Build(Encoding.Latin1.GetBytes(pdf), new InflateBudget(long.MaxValue));

    [Fact]
    public void AnArrayThatSwallowsTheObjectsAfterItIsReadAsPdfPigReadsItAndTheObjectsAreStillFound()
    {
        // Object 1's ']' is missing; the one at the end of the file closes it, as it does for PdfPig.
        var index = Index("1 0 obj\n[1 2 >>\nendobj\n2 0 obj\n<< /Kids [3 0 R] >>\nendobj\n3 0 obj\n4 0 R\nendobj\n]");

        Assert.Contains(new PdfRef(4, 0), Assert.IsType<PdfArray>(index.Get(1)?.Value));
        Assert.Equal(new PdfRef(3, 0), Assert.IsType<PdfArray>(index.Get(2)?.Dictionary?.Get("Kids")).Single());
        Assert.Equal(new PdfRef(4, 0), index.Get(3)?.Value);
    }

    [Fact]
    public void ObjectsThatEachSwallowTheRestOfTheFileAreRefusedBeforeReadingThemAllAgain()
    {
        // Every object opens a string that never closes, so each reads to the end of the file.
        var pdf = string.Concat(Enumerable.Range(1, 20_000).Select(n => $"{n} 0 obj\n(\nendobj\n"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.Throws<PdfObjectsRunTogetherException>(() => Index(pdf));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void AHexStringWithABadByteIsPassedOverAndTheEntriesAfterItAreRead()
    {
        var index = Index("3 0 obj\n<< /Type /Page /Medi<zz7 /Contents 6 0 R /Resources 7 0 R >>\nendobj\n");

        var page = index.Get(3)!.Dictionary!;

        Assert.Equal(new PdfRef(7, 0), page.Get("Resources"));
        Assert.True(page.Values.Contains(new PdfRef(6, 0)), "the reference after the broken hex string is kept");
    }

    [Fact]
    public void AWellFormedHexStringIsOneValue()
    {
        var index = Index("3 0 obj\n<< /ID <0a1B 2c> /Contents 6 0 R >>\nendobj\n");

        var dictionary = index.Get(3)!.Dictionary!;

        Assert.Equal(new PdfString(3), dictionary.Get("ID")); // three bytes, the space between digits not counted
        Assert.Equal(new PdfRef(6, 0), dictionary.Get("Contents"));
    }

    [Fact]
    public void ACrossReferenceStreamIsFoundByItsMarkerWhenTheObjectScanCannotReadIt()
    {
        // To the object scan object 7 is a dictionary that never closes, so no object at all; PdfPig still finds it.
        var index = Index("7 0 obj\n<< /Type /XRef /W [ 4294967295 1 1 ] /ID [<40\nendstream\nendobj\n");

        var widths = Assert.IsType<PdfArray>(Assert.Single(index.CrossReferenceStreams, d => d.ContainsKey("W")).Get("W"));

        Assert.Equal([4294967295.0, 1.0, 1.0], widths);
    }

    [Fact]
    public void EveryDefinitionOfANumberIsKeptInFileOrder()
    {
        var index = Index("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n1 0 obj\n<< /Type /Page >>\nendobj\n");

        var definitions = index.DefinitionsOf(1).Select(d => d.Dictionary?.Get("Type")).ToList();

        Assert.Equal([new PdfName("Catalog"), new PdfName("Page")], definitions);
        Assert.Equal(new PdfName("Page"), index.Get(1)?.Dictionary?.Get("Type"));
    }
}
