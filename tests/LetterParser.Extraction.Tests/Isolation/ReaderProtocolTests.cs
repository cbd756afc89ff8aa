using System.Diagnostics;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Isolation;
using LetterParser.Extraction.Tests.Support;

namespace LetterParser.Extraction.Tests.Isolation;

public class ReaderProtocolTests
{
    [Fact]
    public void ADocumentSurvivesTheTripThroughTheProtocolUnchanged()
    {
        var page = new PageText(2, 612, 792, [new TextLine([new Word("Refusé", new Box(1, 2, 3, 4), 0.5), new Word("W310", new Box(5, 6, 7, 8))])],
            [new CheckboxMark(new Box(9, 10, 11, 12), true, 0.42)], ReadingMethod.Ocr, 0.81, 90);
        var document = new DocumentText("application/pdf", [page], ["Page 1 is damaged and could not be read."]);

        var back = ReaderProtocol.DecodeResponse(ReaderProtocol.EncodeResponse(new ReadResponse(document, null, null, 42))).Document!;

        var only = Assert.Single(back.Pages);
        Assert.Equal(page with { Lines = only.Lines, Checkboxes = only.Checkboxes }, only);
        Assert.Equal(page.Lines.Single().Words, only.Lines.Single().Words);
        Assert.Equal(page.Checkboxes, only.Checkboxes);
        Assert.Equal(document.Warnings, back.Warnings);
        Assert.Equal(document.MediaType, back.MediaType);
    }

    [Fact]
    public void AnAnswerCarriesTheReadersPeakAndWhatItStillHoldsAfterTheLetter()
    {
        var back = ReaderProtocol.DecodeResponse(ReaderProtocol.EncodeResponse(new ReadResponse(null, ErrorCode.TooLarge, "big", 900, 300)));

        Assert.Equal((ErrorCode.TooLarge, "big", 900L, 300L), (back.Code!.Value, back.Message!, back.PeakResidentBytes, back.ResidentAfterBytes));
    }

    [Fact]
    public void AnAnswerCarriesTheCpuTimeTheReaderSpentOnTheLetter()
    {
        var back = ReaderProtocol.DecodeResponse(ReaderProtocol.EncodeResponse(new ReadResponse(null, ErrorCode.Unreadable, "no text", 7, CpuTime: TimeSpan.FromMilliseconds(1234.5))));

        Assert.Equal(TimeSpan.FromMilliseconds(1234.5), back.CpuTime);
    }

    public static TheoryData<string, long> ImpossibleCpuTimes => new()
    {
        { "more than the letter's budget and the kernel's rounding", (TimeSpan.FromSeconds(7) + TimeSpan.FromSeconds(3)).Ticks },
        { "as much as a TimeSpan holds", long.MaxValue },
        { "a negative time", -1 },
        { "the most negative time", long.MinValue },
    };

    [Theory]
    [MemberData(nameof(ImpossibleCpuTimes))]
    public async Task AnAnswerClaimingACpuTimeTheReaderCannotHaveSpentIsAProtocolError(string what, long ticks)
    {
        using var output = await ReaderOutput(WithCpuTicks(ReaderProtocol.EncodeResponse(Answer), ticks));

        var refused = await Record.ExceptionAsync(() => ReaderProtocol.ReadAnswerAsync(output, Request(cpuBudget: TimeSpan.FromSeconds(7)), Stopwatch.StartNew(), null, CancellationToken.None));

        Assert.True(refused is InvalidDataException, $"{what}: {refused?.GetType().Name ?? "accepted"}");
    }

    [Fact]
    public async Task AnAnswerWithinTheLettersCpuBudgetIsAccepted()
    {
        using var output = await ReaderOutput(WithCpuTicks(ReaderProtocol.EncodeResponse(Answer), TimeSpan.FromSeconds(7).Ticks));

        var answer = await ReaderProtocol.ReadAnswerAsync(output, Request(cpuBudget: TimeSpan.FromSeconds(7)), Stopwatch.StartNew(), null, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(7), answer!.CpuTime);
    }

    [Fact]
    public async Task WithoutACpuBudgetAnAnswerMayNotClaimMoreThanEveryCoreForTheWallTimeItTook()
    {
        // Just sent: a minute of CPU is far more than every core of any machine could give in the seconds since.
        using var output = await ReaderOutput(WithCpuTicks(ReaderProtocol.EncodeResponse(Answer), TimeSpan.FromMinutes(Environment.ProcessorCount).Ticks));

        await Assert.ThrowsAsync<InvalidDataException>(() => ReaderProtocol.ReadAnswerAsync(output, Request(cpuBudget: TimeSpan.Zero), Stopwatch.StartNew(), null, CancellationToken.None));
    }

    [Fact]
    public void ARequestCarriesTheFileAndItsLimits()
    {
        var limits = LetterLimits.Default with { MaxPages = 3, MaxInflatedPdfBytes = 1234 };

        var back = ReaderProtocol.DecodeRequest(ReaderProtocol.EncodeRequest(new ReadRequest("lettre.pdf", limits, TimeSpan.FromSeconds(7), new byte[] { 1, 2, 3 })));

        Assert.Equal(("lettre.pdf", limits, TimeSpan.FromSeconds(7)), (back.FileName, back.Limits, back.CpuTime));
        Assert.Equal(new byte[] { 1, 2, 3 }, back.Content.ToArray());
    }

    [Fact]
    public void AnErrorCodeOutsideTheProtocolIsRefused()
    {
        var frame = ReaderProtocol.EncodeResponse(new ReadResponse(null, (ErrorCode)99, "?", 0));

        Assert.Throws<InvalidDataException>(() => ReaderProtocol.DecodeResponse(frame));
    }

    private static readonly ReadResponse Answer = new(null, ErrorCode.Unreadable, "no text", 7, CpuTime: TimeSpan.FromMilliseconds(5));

    private static ReadRequest Request(LetterLimits? limits = null, TimeSpan? cpuBudget = null) =>
        new("letter.pdf", limits ?? LetterLimits.Default, cpuBudget ?? TimeSpan.FromSeconds(120), new byte[] { 1 });

    /// <summary>An answer frame as a hostile reader could write it: its CPU field (after kind, peak and after) replaced.</summary>
    private static byte[] WithCpuTicks(byte[] answer, long ticks)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(answer.AsSpan(1 + 8 + 8), ticks);
        return answer;
    }

    /// <summary>What a reader writes on its stdout for one letter: the given frames, one after another.</summary>
    private static async Task<MemoryStream> ReaderOutput(params byte[][] frames)
    {
        var output = new MemoryStream();
        foreach (var frame in frames)
            await ReaderProtocol.WriteFrameAsync(output, frame, CancellationToken.None);
        output.Position = 0;
        return output;
    }

    private static byte[] OcrPage(int page, int pages) => ReaderProtocol.EncodeProgress(ReadingProgress.OcrPage(page, pages));

    [Fact]
    public async Task EachOcrPageTheReaderReportsIsPassedOnBeforeItsAnswer()
    {
        var recorder = new ProgressRecorder();
        using var output = await ReaderOutput(OcrPage(1, 2), OcrPage(2, 2), ReaderProtocol.EncodeResponse(Answer));

        var answer = await ReaderProtocol.ReadAnswerAsync(output, Request(), Stopwatch.StartNew(), recorder, CancellationToken.None);

        Assert.Equal([ReadingProgress.OcrPage(1, 2), ReadingProgress.OcrPage(2, 2)], recorder.Reports);
        Assert.Equal((ErrorCode.Unreadable, "no text"), (answer!.Code!.Value, answer.Message!));
    }

    [Fact]
    public async Task AReaderThatClosesItsPipeAfterProgressGivesNoAnswer()
    {
        using var output = await ReaderOutput(OcrPage(1, 2));

        Assert.Null(await ReaderProtocol.ReadAnswerAsync(output, Request(), Stopwatch.StartNew(), null, CancellationToken.None));
    }

    public static TheoryData<string, int[][]> HostileProgress => new()
    {
        { "the same page twice", [[1, 2], [1, 2]] },
        { "a page going back", [[2, 3], [1, 3]] },
        { "a page past its count", [[3, 2]] },
        { "the page count changing", [[1, 2], [2, 3]] },
        { "more pages than a letter may have", [[1, 51]] },
        { "page zero", [[0, 2]] },
    };

    [Theory]
    [MemberData(nameof(HostileProgress))]
    public async Task ProgressOutsideTheProtocolStopsTheReaderAtTheFirstBadFrame(string what, int[][] pages)
    {
        var recorder = new ProgressRecorder();
        var frames = pages.Select(p => RawProgress(p[0], p[1])).Append(ReaderProtocol.EncodeResponse(Answer)).ToArray();
        using var output = await ReaderOutput(frames);

        await Assert.ThrowsAsync<InvalidDataException>(() => ReaderProtocol.ReadAnswerAsync(output, Request(), Stopwatch.StartNew(), recorder, CancellationToken.None));

        Assert.True(recorder.Reports.Count == pages.Length - 1, $"{what}: {recorder.Reports.Count} reports passed on");
    }

    [Fact]
    public async Task AReaderFloodingProgressIsStoppedAfterOneFramePerPageOfItsFile()
    {
        var recorder = new ProgressRecorder();
        var limits = LetterLimits.Default with { MaxPages = 3 };
        // Pages 1, 2, 3 of 3, then page 3 again a thousand times.
        var flood = Enumerable.Range(1, 3).Concat(Enumerable.Repeat(3, 1000)).Select(page => OcrPage(page, 3)).ToArray();
        using var output = await ReaderOutput(flood);

        await Assert.ThrowsAsync<InvalidDataException>(() => ReaderProtocol.ReadAnswerAsync(output, Request(limits), Stopwatch.StartNew(), recorder, CancellationToken.None));

        Assert.Equal(3, recorder.Reports.Count);
        Assert.True(output.Position < output.Length, "the parent stopped reading at the first frame past the file's pages");
    }

    [Fact]
    public async Task AProgressFrameOfAnyOtherSizeIsRefused()
    {
        var padded = OcrPage(1, 2).Concat(new byte[64]).ToArray();
        using var output = await ReaderOutput(padded);

        await Assert.ThrowsAsync<InvalidDataException>(() => ReaderProtocol.ReadAnswerAsync(output, Request(), Stopwatch.StartNew(), null, CancellationToken.None));
    }

    [Fact]
    public void OnlyOcrPagesCrossThePipe() =>
        Assert.Throws<ArgumentException>(() => ReaderProtocol.EncodeProgress(ReadingProgress.Matching));

    /// <summary>A progress frame as a hostile reader could write it, with numbers <see cref="ReadingProgress.OcrPage"/> would refuse.</summary>
    private static byte[] RawProgress(int page, int pages)
    {
        var frame = OcrPage(1, 1);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(1), page);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(5), pages);
        return frame;
    }
}
