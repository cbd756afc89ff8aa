using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction.Tests.Ocr;

public sealed class OcrEnginePoolTests(OcrRecognizerFixture fixture) : IClassFixture<OcrRecognizerFixture>
{
    [Fact]
    public void ReturnedEngineIsServedAgainInsteadOfANewOne()
    {
        using var pool = new OcrEnginePool(DataPathOf(fixture), maxEnginesPerLanguage: 2);

        OcrEngine first;
        using (var lease = pool.Rent("eng", CancellationToken.None))
        {
            first = lease.Engine;
        }

        using var again = pool.Rent("eng", CancellationToken.None);

        Assert.Same(first, again.Engine);
        Assert.Equal(1, pool.CreatedCount("eng"));
    }

    [Fact]
    public void EnginesInUseAtTheSameTimeAreDistinctAndBounded()
    {
        using var pool = new OcrEnginePool(DataPathOf(fixture), maxEnginesPerLanguage: 2);

        using var a = pool.Rent("eng", CancellationToken.None);
        using var b = pool.Rent("eng", CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.NotSame(a.Engine, b.Engine);
        // A third renter waits for one of the two; here it gives up when its token fires.
        Assert.ThrowsAny<OperationCanceledException>(() => pool.Rent("eng", timeout.Token));
        Assert.Equal(2, pool.CreatedCount("eng"));
    }

    [Fact]
    public void ReaderReusesItsEnginesAcrossPages()
    {
        var reader = fixture.Recognizer;
        var png = OcrFixtures.Bytes("letter-en-300dpi.png");

        reader.ReadImageFile(png, "image/png", Core.Pipeline.LetterLimits.Default, CancellationToken.None);
        var created = reader.Pool.CreatedCount("eng");
        reader.ReadImageFile(png, "image/png", Core.Pipeline.LetterLimits.Default, CancellationToken.None);

        Assert.Equal(created, reader.Pool.CreatedCount("eng"));
        Assert.InRange(created, 1, reader.Pool.MaxEnginesPerLanguage);
    }

    private static string DataPathOf(OcrRecognizerFixture fixture)
    {
        Assert.True(fixture.Recognizer.IsAvailable);
        return "/usr/share/tesseract-ocr/5/tessdata";
    }
}
