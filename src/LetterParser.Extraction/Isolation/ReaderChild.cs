using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// The loop of the reader process (<c>LetterParser.Reader</c>): hello, then one request and one response at a time
/// until the parent closes the pipe. Each letter is read on a thread with a large stack, under a CPU limit that
/// the kernel enforces; whatever still goes wrong ends this process only, and its parent reports it.
/// </summary>
public static class ReaderChild
{
    /// <summary>Environment variable the parent sets: the memory the reader may commit, in bytes.</summary>
    public const string MemoryVariable = "LETTERPARSER_READER_MAX_MEMORY";

    /// <summary>
    /// A reader at rest holds about 100–200 MB (runtime, PdfPig, Tesseract's models). Past this after a letter, the
    /// managed heap is collected and compacted before the reader says how much it still holds.
    /// </summary>
    private const long CollectAboveBytes = 256L * 1024 * 1024;

    /// <summary>Deep but finite nesting (PdfPig walks some structures recursively) gets this much stack; loops never reach it.</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        // Only frames go to stdout: anything a library prints must not corrupt the protocol.
        Console.SetOut(Console.Error);
        if (long.TryParse(Environment.GetEnvironmentVariable(MemoryVariable), out var memory))
            ProcessLimits.LimitMemory(memory);

        // One letter at a time in this process, so one OCR engine per language is all it can use.
        var ocr = new TesseractScannedPageRecognizer(TesseractOcrOptions.Default with { MaxEnginesPerLanguage = 1 });
        IScannedPageRecognizer scannedPages = ocr.IsAvailable ? ocr : NoOcr.Instance;

        // The whole loop runs on one long-lived thread with a large stack: one thread for the reader's life, not
        // one per letter (creating a 64 MB-stack thread per letter cost a digital batch measurable time).
        var exitCode = 0;
        var loop = new Thread(() => exitCode = Loop(input, output, scannedPages), StackBytes) { Name = "letter reader" };
        loop.Start();
        loop.Join();
        return await Task.FromResult(exitCode);
    }

    private static int Loop(Stream input, Stream output, IScannedPageRecognizer scannedPages)
    {
        ReaderProtocol.WriteFrameAsync(output, Encoding.UTF8.GetBytes(ReaderProtocol.Hello), CancellationToken.None).GetAwaiter().GetResult();
        while (ReaderProtocol.ReadFrameAsync(input, CancellationToken.None).GetAwaiter().GetResult() is { } frame)
        {
            var request = ReaderProtocol.DecodeRequest(frame);
            // The letter's CPU time is counted from where its budget is: all the process spends until its answer
            // (every thread, the collection after it too), as the kernel counts it against RLIMIT_CPU.
            var cpuBefore = Environment.CpuUsage.TotalTime;
            ProcessLimits.LimitCpuFromNow(request.CpuTime, cpuBefore);
            ProcessLimits.ResetPeak();
            var response = Read(new DocumentTextExtractor(scannedPages, request.Limits), request, new FrameProgress(output));
            response = response with { ResidentAfterBytes = ResidentAfterLetter() };
            response = response with { CpuTime = Environment.CpuUsage.TotalTime - cpuBefore };
            ReaderProtocol.WriteFrameAsync(output, ReaderProtocol.EncodeResponse(response), CancellationToken.None).GetAwaiter().GetResult();
        }
        return 0;
    }

    /// <summary>
    /// What the reader keeps once a letter is done: a heavy letter leaves a large managed heap (and native pages)
    /// behind, which would count towards the next letter's peak and stay out of the machine's hands. A collection
    /// gives back what it can; the parent retires a reader that still holds too much.
    /// </summary>
    private static long ResidentAfterLetter()
    {
        var resident = ProcessLimits.ResidentBytes();
        if (resident <= CollectAboveBytes)
            return resident;
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return ProcessLimits.ResidentBytes();
    }

    private static ReadResponse Read(DocumentTextExtractor source, ReadRequest request, IProgress<ReadingProgress> progress)
    {
        try
        {
            var document = source.Read(request.Content, progress, CancellationToken.None);
            return new ReadResponse(document, null, null, ProcessLimits.PeakResidentBytes());
        }
        catch (LetterInputException e)
        {
            return new ReadResponse(null, e.Code, e.Message, ProcessLimits.PeakResidentBytes());
        }
        catch (OutOfMemoryException)
        {
            return new ReadResponse(null, ErrorCode.TooLarge, IsolationMessages.OutOfMemory, ProcessLimits.PeakResidentBytes());
        }
    }

    /// <summary>
    /// Each OCR page as a progress frame, written at once on the reading thread (the only writer while a letter is
    /// read, so it cannot interleave with the answer).
    /// </summary>
    private sealed class FrameProgress(Stream output) : IProgress<ReadingProgress>
    {
        public void Report(ReadingProgress value)
        {
            if (value.Stage == ReadingStage.Ocr)
                ReaderProtocol.WriteFrameAsync(output, ReaderProtocol.EncodeProgress(value), CancellationToken.None).GetAwaiter().GetResult();
        }
    }
}
