// OCR throughput and memory: the in-process engine pool against the `tesseract` CLI, one process per core,
// on the same 300 DPI page scans in the same run. See README.md for the command and the targets.
using System.Diagnostics;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction.Ocr;
using LetterParser.Extraction.Ocr.Native;
using UglyToad.PdfPig;

if (Array.IndexOf(args, "--read") is var readAt and >= 0)
{
    // Diagnostic: what the reader makes of one file (lines with confidence, boxes, warnings).
    using var single = new TesseractScannedPageRecognizer();
    var warnings = new List<string>();
    var bytes = File.ReadAllBytes(args[readAt + 1]);
    var read = bytes.AsSpan().StartsWith("%PDF"u8)
        ? ReadPdf(single, bytes, warnings)
        : single.ReadImageFile(bytes, "image", LetterLimits.Default, warnings, CancellationToken.None);
    foreach (var page in read)
    {
        Console.WriteLine($"page {page.Number}: {page.Width:0}x{page.Height:0}, rotation {page.Rotation}, confidence {page.OcrConfidence:0.00}");
        foreach (var line in page.Lines)
        {
            Console.WriteLine($"  [{line.Box.Left,5:0},{line.Box.Top,5:0} {line.Box.Width:0}x{line.Box.Height:0}] {line.Text}");
        }

        foreach (var box in page.Checkboxes)
        {
            Console.WriteLine($"  box [{box.Box.Left:0},{box.Box.Top:0} {box.Box.Width:0}x{box.Box.Height:0}] {(box.IsChecked ? "ticked" : "empty")}");
        }
    }

    warnings.ForEach(w => Console.WriteLine("warning: " + w));
    return 0;
}

var options = BenchOptions.Parse(args);
var pages = ScanSet.Render(options);
Console.WriteLine($"{pages.Count} distinct 300 DPI page scans from {options.SamplesDir}; {options.Pages} pages per run on {options.Threads} threads");

using var reader = new TesseractScannedPageRecognizer(new TesseractOcrOptions
{
    MaxEnginesPerLanguage = options.Threads,
    WorkingDpi = options.WorkingDpi,
    Languages = options.BothLanguages ? LanguageStrategy.EnglishAndFrenchAlways : LanguageStrategy.EnglishThenFrenchWhenSeen,
});
Console.WriteLine($"working resolution {options.WorkingDpi} DPI, languages: {(options.BothLanguages ? "eng+fra on every page" : "eng, then fra only where French is seen")}");
if (!reader.IsAvailable)
{
    Console.Error.WriteLine("Tesseract is not installed (libtesseract5, tesseract-ocr-eng/fra/osd).");
    return 1;
}

if (args.Contains("--stages"))
{
    foreach (var page in pages.Where(p => p.PngPath.Contains("en-sentences-workpermit-1") || p.PngPath.Contains("fr-sentences-study-1")))
    {
        Console.WriteLine(Path.GetFileName(page.PngPath));
        Stages.Run(reader, page, 3);
    }

    return 0;
}

// Warm-up: start every engine and JIT the path, outside the timings.
Parallel.For(0, options.Threads, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i => Ocr(reader, pages[i % pages.Count]));

var texts = new string[options.Pages];
var cpuBefore = Cpu.SelfSeconds();
var inProcess = Stopwatch.StartNew();
Parallel.For(0, options.Pages, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i => texts[i] = Ocr(reader, pages[i % pages.Count]));
inProcess.Stop();
var inProcessRate = options.Pages / inProcess.Elapsed.TotalMinutes;
var inProcessRecall = texts.Select((t, i) => Recall(pages[i % pages.Count].TruthWords, t)).Average();
var inProcessCpu = (Cpu.SelfSeconds() - cpuBefore) / options.Pages;
Console.WriteLine($"in-process pool : {options.Pages} pages in {inProcess.Elapsed.TotalSeconds,6:0.0} s = {inProcessRate,6:0.0} pages/min, {inProcessCpu:0.00} CPU-s/page, word recall {inProcessRecall:P1}");

if (!options.SkipCli)
{
    var cliTexts = new string[options.Pages];
    var childrenBefore = Cpu.ChildrenSeconds();
    var cli = Stopwatch.StartNew();
    Parallel.For(0, options.Pages, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i => cliTexts[i] = TesseractCli(pages[i % pages.Count].PngPath));
    cli.Stop();
    var cliRate = options.Pages / cli.Elapsed.TotalMinutes;
    var cliRecall = cliTexts.Select((t, i) => Recall(pages[i % pages.Count].TruthWords, t)).Average();
    var cliCpu = (Cpu.ChildrenSeconds() - childrenBefore) / options.Pages;
    Console.WriteLine($"tesseract CLI   : {options.Pages} pages in {cli.Elapsed.TotalSeconds,6:0.0} s = {cliRate,6:0.0} pages/min, {cliCpu:0.00} CPU-s/page, word recall {cliRecall:P1} (one process per page, {options.Threads} at a time, OMP_THREAD_LIMIT=1)");
    Console.WriteLine($"speed-up        : {inProcessRate / cliRate:0.00}x wall-clock, {cliCpu / inProcessCpu:0.00}x CPU per page");
}

if (options.LeakPages > 0)
{
    var done = options.Pages + options.Threads;
    var leakStart = Stopwatch.GetTimestamp();
    // A checkpoint every 100 pages: the slope, not one number, shows whether memory leaks.
    foreach (var checkpoint in Enumerable.Range(1, options.LeakPages / 100).Select(i => i * 100).Append(options.LeakPages).Where(c => c >= done).Distinct())
    {
        var count = checkpoint - done;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i => Ocr(reader, pages[i % pages.Count]));
        done = checkpoint;
        Console.WriteLine($"RSS after {checkpoint,5} pages: {ResidentMegabytes(),5:0} MB (after GC and malloc_trim), {Stopwatch.GetElapsedTime(leakStart).TotalMinutes:0.0} min");
    }
}

return 0;

static List<LetterParser.Core.Documents.PageText> ReadPdf(TesseractScannedPageRecognizer reader, byte[] pdf, List<string> warnings)
{
    using var document = PdfDocument.Open(pdf);
    return Enumerable.Range(1, document.NumberOfPages)
        .Select(n => reader.ReadPdfPage(document.GetPage(n), n, LetterLimits.Default, warnings, CancellationToken.None))
        .ToList();
}

static string Ocr(TesseractScannedPageRecognizer reader, ScanPage page)
{
    var result = reader.ReadImageFile(page.Png, "image/png", LetterLimits.Default, CancellationToken.None);
    return string.Join('\n', result.SelectMany(p => p.Lines).Select(l => l.Text));
}

static string TesseractCli(string png)
{
    var start = new ProcessStartInfo("tesseract", [png, "-", "-l", "eng"])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    // Without this each CLI process starts an OpenMP thread per core and they fight each other.
    start.Environment["OMP_THREAD_LIMIT"] = "1";
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    _ = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    return stdout.Result;
}

// Share of the page's printed words (from its PDF text layer) that OCR produced, as a bag of words.
static double Recall(IReadOnlyList<string> truth, string ocr)
{
    var found = ocr.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
    var hits = 0;
    foreach (var word in truth)
    {
        if (found.TryGetValue(word, out var left) && left > 0)
        {
            found[word] = left - 1;
            hits++;
        }
    }

    return truth.Count == 0 ? 1 : (double)hits / truth.Count;
}

static double ResidentMegabytes()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    // glibc keeps freed pages in its arenas; trimming shows what is really still in use.
    LibCFunctions.malloc_trim(0);
    var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
}

internal sealed record BenchOptions(int Pages, int Threads, int LeakPages, bool SkipCli, string SamplesDir, int WorkingDpi, bool BothLanguages)
{
    public static BenchOptions Parse(string[] args)
    {
        int Int(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        string Str(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        return new BenchOptions(
            Int("--pages", 40),
            Int("--threads", Environment.ProcessorCount),
            Int("--leak-pages", 1000),
            args.Contains("--no-cli"),
            Str("--samples", Path.Combine(FindRepoRoot(), "samples", "digital")),
            Int("--dpi", TesseractOcrOptions.Default.WorkingDpi),
            args.Contains("--both-languages"));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LetterParser.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

internal sealed record ScanPage(string PngPath, byte[] Png, IReadOnlyList<string> TruthWords);

/// <summary>Rasterises the sample letters at 300 DPI with pdftoppm (grey, like a flatbed scan), once per run.</summary>
internal static class ScanSet
{
    public static List<ScanPage> Render(BenchOptions options)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ocr-throughput-pages");
        Directory.CreateDirectory(dir);
        var pages = new List<ScanPage>();
        foreach (var pdf in Directory.GetFiles(options.SamplesDir, "*.pdf").Order())
        {
            var stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(pdf));
            using var document = PdfDocument.Open(pdf);
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                var png = $"{stem}-{n}.png";
                if (!File.Exists(png))
                {
                    using var p = Process.Start("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", $"{n}", "-l", $"{n}", pdf, $"{stem}-{n}"])!;
                    p.WaitForExit();
                }

                var truth = document.GetPage(n).GetWords().Select(w => w.Text).ToList();
                pages.Add(new ScanPage(png, File.ReadAllBytes(png), truth));
            }
        }

        return pages;
    }
}
