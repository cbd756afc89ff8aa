using System.Diagnostics;
using System.Runtime.InteropServices;
using LetterParser.Extraction.Ocr;
using LetterParser.Extraction.Ocr.Native;

/// <summary>`--stages`: CPU time of each step on one page, to see where a page's time goes (load-independent).</summary>
internal static partial class Stages
{
    public static void Run(TesseractScannedPageRecognizer reader, ScanPage page, int repeat)
    {
        var pool = reader.Pool;
        var totals = new Dictionary<string, double>();
        void Time(string name, Action action)
        {
            var before = ThreadCpuSeconds();
            action();
            totals[name] = totals.GetValueOrDefault(name) + ThreadCpuSeconds() - before;
        }

        for (var r = 0; r < repeat; r++)
        {
            PixHandle? pix = null, gray = null, scaled = null, deskewed = null;
            Time("decode png", () => pix = PixImages.Read(page.Png));
            Time("to grey", () => gray = PixImages.ToGray(pix!));
            Time("scale 300->200", () => scaled = PixImages.Scale(gray!, 2 / 3.0, 2 / 3.0));
            Time("scaleGeneral nosharp", () => Leptonica.pixScaleGeneral(gray!, 2 / 3f, 2 / 3f, 0, 0).Dispose());
            Time("scaleAreaMap", () => Leptonica.pixScaleAreaMap(gray!, 2 / 3f, 2 / 3f).Dispose());
            using (var osd = pool.Rent("osd", CancellationToken.None))
            {
                Time("osd @200", () => osd.Engine.DetectOrientation(scaled!, 200));
            }

            Time("deskew @200", () => deskewed = Leptonica.pixFindSkewAndDeskew(scaled!, 2, out _, out _));
            using (var eng = pool.Rent("eng", CancellationToken.None))
            {
                PixHandle? binary = null;
                Time("ocr eng @200", () => eng.Engine.Recognize(scaled!, 200, CancellationToken.None, out binary, true));
                Time("checkboxes @200", () => CheckboxDetector.Find(binary!, 200));
                binary?.Dispose();
                Time("ocr eng @300", () => eng.Engine.Recognize(gray!, 300, CancellationToken.None, out _, false));
            }

            using (var both = pool.Rent("eng+fra", CancellationToken.None))
            {
                Time("ocr eng+fra @200", () => both.Engine.Recognize(scaled!, 200, CancellationToken.None, out _, false));
            }

            using (var fra = pool.Rent("fra", CancellationToken.None))
            {
                Time("ocr fra @200", () => fra.Engine.Recognize(scaled!, 200, CancellationToken.None, out _, false));
            }

            foreach (var p in new[] { pix, gray, scaled, deskewed })
            {
                p?.Dispose();
            }
        }

        foreach (var (name, seconds) in totals)
        {
            Console.WriteLine($"{name,-18} {seconds / repeat * 1000,7:0} ms CPU");
        }
    }

    private static double ThreadCpuSeconds()
    {
        clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts);
        return ts.Seconds + (ts.Nanoseconds / 1e9);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc.so.6")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
