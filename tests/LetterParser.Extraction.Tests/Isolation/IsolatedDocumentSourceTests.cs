using System.Diagnostics;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Isolation;
using LetterParser.Extraction.Tests.Ocr;
using LetterParser.Extraction.Tests.Pdf.Preflight;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests.Isolation;

/// <summary>Letters read in real reader processes (LetterParser.Reader), started and killed for real.</summary>
[Collection(nameof(IsolatedDocumentSourceTests))]
public class IsolatedDocumentSourceTests
{
    private static readonly byte[] Letter = new LetterPdf().Text("Immigration, Refugees and Citizenship Canada", 72, 72).Text(LetterPdf.Prose, 72, 120, size: 9).Build();

    public static TheoryData<string, ErrorCode> Reproducers => HostileFilesTests.Reproducers;

    [Theory]
    [MemberData(nameof(Reproducers))]
    public async Task AHostileFileEndsAsItsErrorInAReaderThatStaysUnderOneGigabyteAndTenSeconds(string file, ErrorCode expected)
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        var clock = Stopwatch.StartNew();

        var response = await readers.ReadInReaderAsync(Fixtures.Read("Hostile/" + file), file, CancellationToken.None);

        Assert.Equal(expected, response.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.InRange(response.PeakResidentBytes, 1, 1024L * 1024 * 1024);
    }

    [Fact]
    public async Task ALetterIsReadInAReaderProcessAndComesBackWhole()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });

        var isolated = await readers.ReadAsync(Letter, "letter.pdf", CancellationToken.None);
        var inProcess = new DocumentTextExtractor().Read(Letter, CancellationToken.None);

        Assert.Equal(inProcess.Pages.SelectMany(p => p.Lines).Select(l => (l.Text, l.Box)), isolated.Pages.SelectMany(p => p.Lines).Select(l => (l.Text, l.Box)));
        Assert.Equal(inProcess.Warnings, isolated.Warnings);
    }

    [Fact]
    public async Task AReaderReportsTheCpuTimeItSpentOnALetterAboveZeroAndWithinWhatEveryCoreCouldGiveInItsWallTime()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        await readers.WarmUpAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var response = await readers.ReadInReaderAsync(Letter, "letter.pdf", CancellationToken.None);

        var wall = clock.Elapsed;
        Assert.NotNull(response.Document);
        Assert.True(response.CpuTime > TimeSpan.Zero, $"CPU {response.CpuTime}");
        Assert.True(response.CpuTime <= wall * Environment.ProcessorCount, $"CPU {response.CpuTime} in {wall} of wall time");
    }

    [Fact]
    public async Task ThePoolsReaderCpuTimeIsWhatItsReadersReportedForEachLetter()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });

        var first = await readers.ReadInReaderAsync(Letter, "first.pdf", CancellationToken.None);
        var second = await readers.ReadInReaderAsync(Letter, "second.pdf", CancellationToken.None);

        Assert.Equal(first.CpuTime!.Value + second.CpuTime!.Value, readers.ReaderCpuTime);
    }

    [Fact]
    public async Task AReaderStoppedByTheWallClockIsReportedWithTheCpuTimeAndPeakItHadReached()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1, WallTime = TimeSpan.FromSeconds(1.5) });
        await readers.WarmUpAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var response = await readers.ReadInReaderAsync(DenseGlyphs(), "dense.pdf", CancellationToken.None);

        var wall = clock.Elapsed;
        Assert.Contains("took longer than", response.Message, StringComparison.Ordinal);
        Assert.True(response.CpuTime > TimeSpan.Zero && response.CpuTime <= wall * Environment.ProcessorCount, $"CPU {response.CpuTime} in {wall} of wall time");
        Assert.True(response.PeakResidentBytes > 0, "the peak is read before the reader is killed");
    }

    [Fact]
    public async Task AReaderProcessSaysWhichPageOfATwoPageScanOcrIsOnWhileItReads()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        var recorder = new ProgressRecorder();

        var document = await readers.ReadAsync(OcrFixtures.PdfWithJpegPages(2), "scan.pdf", recorder, CancellationToken.None);

        Assert.Equal([ReadingMethod.Ocr, ReadingMethod.Ocr], document.Pages.Select(p => p.Method));
        Assert.Equal([ReadingProgress.OcrPage(1, 2), ReadingProgress.OcrPage(2, 2)], recorder.Reports);
    }

    [Fact]
    public async Task ADigitalLetterReadInAReaderProcessReportsNoOcrPages()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        var recorder = new ProgressRecorder();

        await readers.ReadAsync(Letter, "letter.pdf", recorder, CancellationToken.None);

        Assert.Empty(recorder.Reports);
    }

    [Fact]
    public async Task AWarmReaderIsReusedForTheNextLetter()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });

        await readers.ReadAsync(Letter, "first.pdf", CancellationToken.None);
        var first = Assert.Single(ChildProcesses.Readers());
        await readers.ReadAsync(Letter, "second.pdf", CancellationToken.None);

        Assert.Equal(first, Assert.Single(ChildProcesses.Readers()));
    }

    [Fact]
    public async Task AReaderStillHoldingMoreThanTheRecycleThresholdAfterALetterIsRetiredAndTheNextLetterGetsAFreshOne()
    {
        // Every reader holds more than one byte: each letter is read by a reader started for it.
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1, RecycleAboveBytes = 1 });

        var first = await readers.ReadInReaderAsync(Letter, "first.pdf", CancellationToken.None);
        var afterFirst = ChildProcesses.Readers();
        var second = await readers.ReadInReaderAsync(Letter, "second.pdf", CancellationToken.None);

        Assert.NotNull(first.Document);
        Assert.NotNull(second.Document);
        Assert.True(first.ResidentAfterBytes > 0, "a reader reports what it holds after a letter");
        Assert.Empty(afterFirst);
        Assert.Empty(ChildProcesses.Readers());
    }

    [Fact]
    public async Task ALetterOverTheWallTimeIsStoppedWithItsReaderAndTheNextLetterGetsAFreshOne()
    {
        // A reader's first letter compiles the whole reading path: far longer than a millisecond.
        using var slow = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1, WallTime = TimeSpan.FromMilliseconds(1) });

        var response = await slow.ReadInReaderAsync(Letter, "letter.pdf", CancellationToken.None);

        Assert.Equal(ErrorCode.Unreadable, response.Code);
        Assert.Contains("took longer than", response.Message, StringComparison.Ordinal);
        Assert.Empty(ChildProcesses.Readers());
    }

    [Fact]
    public async Task ACancelledLetterKillsItsReader()
    {
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1 });
        await readers.ReadAsync(Letter, "warm.pdf", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var reading = readers.ReadAsync(Fixtures.Read("Hostile/G4-bomb-double-flate-700MB.pdf"), "bomb.pdf", cancel.Token);

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Empty(ChildProcesses.Readers());
    }

    [Fact]
    public async Task AReaderOverItsCpuBudgetIsEndedByTheKernelAndReportedAsTooMuchProcessing()
    {
        var dense = DenseGlyphs();
        using var readers = new IsolatedDocumentSource(LetterLimits.Default, new ReaderIsolationOptions { Readers = 1, CpuTime = TimeSpan.FromTicks(1) });

        var response = await readers.ReadInReaderAsync(dense, "dense.pdf", CancellationToken.None);

        Assert.Equal(ErrorCode.Unreadable, response.Code);
        Assert.Equal(IsolationMessages.TooMuchProcessing, response.Message);
    }

    /// <summary>190,000 glyphs on one page: within the preflight's caps, and seconds of CPU for PdfPig's word extraction.</summary>
    internal static byte[] DenseGlyphs(int glyphs = 190_000) =>
        RawPdf.OnePage("BT /F1 2 Tf 10 700 Td 200 TL (" + new string('a', glyphs) + ") Tj ET", ["/Type /Font /Subtype /Type1 /BaseFont /Helvetica"]);
}

/// <summary>
/// These tests count the reader processes this test run has started, so no other test may start readers meanwhile
/// (the blind sets read through readers of their own): the collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(IsolatedDocumentSourceTests), DisableParallelization = true)]
public sealed class IsolatedDocumentSourceTestsRunAlone;
