using System.Runtime.InteropServices;
using LetterParser.Extraction.Ocr.Native;

namespace LetterParser.Extraction.Ocr;

/// <summary>A word as Tesseract read it, in the pixels of the image it was given.</summary>
internal readonly record struct OcrWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence);

/// <summary>What one recognition pass produced: words grouped into lines.</summary>
internal sealed record OcrPass(string Language, IReadOnlyList<IReadOnlyList<OcrWord>> Lines)
{
    public int WordCount => Lines.Sum(l => l.Count);

    public double? MeanConfidence
    {
        get
        {
            var words = Lines.SelectMany(l => l).ToList();
            return words.Count == 0 ? null : words.Average(w => w.Confidence);
        }
    }
}

/// <summary>Page orientation as OSD saw it: <see cref="ClockwiseQuadrants"/> quarter turns make the page upright.</summary>
internal readonly record struct DetectedOrientation(int ClockwiseQuadrants, double Confidence);

/// <summary>
/// One initialised TessBaseAPI for one language set. Not thread-safe (Tesseract keeps per-page state in
/// the handle), so an engine is only ever used by the thread that rented it from <see cref="OcrEnginePool"/>.
/// </summary>
internal sealed unsafe class OcrEngine : IDisposable
{
    private readonly TessApiHandle _api;

    private OcrEngine(TessApiHandle api, string language)
    {
        _api = api;
        Language = language;
    }

    public string Language { get; }

    public static OcrEngine Create(string dataPath, string language)
    {
        var api = TesseractApi.TessBaseAPICreate();
        if (api.IsInvalid)
        {
            throw new InvalidOperationException("Tesseract could not create an engine.");
        }

        if (TesseractApi.TessBaseAPIInit3(api, dataPath, language) != 0)
        {
            api.Dispose();
            throw new InvalidOperationException($"Tesseract could not load the '{language}' language data from {dataPath}.");
        }

        // Tesseract prints "Estimating resolution..." and similar notes to stderr by default.
        TesseractApi.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        // Inverted-text detection re-reads every low-confidence line upside-down in colour-inverted form; letters
        // are dark on light, and skipping it saves a noticeable share of a page's time.
        TesseractApi.TessBaseAPISetVariable(api, "tessedit_do_invert", "0");
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PageSegAuto);
        return new OcrEngine(api, language);
    }

    /// <summary>Recognises the image; optionally hands back Tesseract's own binarisation of it (caller disposes).</summary>
    public OcrPass Recognize(PixHandle image, int dpi, CancellationToken cancellationToken, out PixHandle? binarized, bool wantBinarized)
    {
        binarized = null;
        TesseractApi.TessBaseAPISetImage2(_api, image);
        TesseractApi.TessBaseAPISetSourceResolution(_api, dpi);
        try
        {
            RecognizeCancellable(cancellationToken);
            if (wantBinarized)
            {
                var pix = TesseractApi.TessBaseAPIGetThresholdedImage(_api);
                if (pix.IsInvalid)
                {
                    pix.Dispose();
                }
                else
                {
                    binarized = pix;
                }
            }

            return new OcrPass(Language, ReadLines());
        }
        finally
        {
            // Drops the page results and Tesseract's reference to the image now rather than at the next page.
            TesseractApi.TessBaseAPIClear(_api);
        }
    }

    /// <summary>Orientation and script detection; only meaningful on an engine initialised with "osd".</summary>
    public DetectedOrientation? DetectOrientation(PixHandle image, int dpi)
    {
        TesseractApi.TessBaseAPISetImage2(_api, image);
        TesseractApi.TessBaseAPISetSourceResolution(_api, dpi);
        try
        {
            // scriptName points into Tesseract's own tables: it is not ours to free.
            if (TesseractApi.TessBaseAPIDetectOrientationScript(_api, out var degrees, out var confidence, out _, out _) == 0)
            {
                return null;
            }

            // OSD reports how far the text is turned clockwise (a page scanned a quarter turn clockwise gives 90);
            // the same angle counter-clockwise, i.e. the remaining quarter turns clockwise, undoes it.
            var quadrants = (4 - (((degrees / 90) % 4) + 4) % 4) % 4;
            return new DetectedOrientation(quadrants, confidence);
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(_api);
        }
    }

    private void RecognizeCancellable(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            if (TesseractApi.TessBaseAPIRecognize(_api, IntPtr.Zero) != 0)
            {
                throw new InvalidOperationException("Tesseract failed to recognise the page.");
            }

            return;
        }

        var state = GCHandle.Alloc(new CancelState(cancellationToken));
        var monitor = TesseractApi.TessMonitorCreate();
        try
        {
            TesseractApi.TessMonitorSetCancelFunc(monitor, &ShouldCancel);
            TesseractApi.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(state));
            var status = TesseractApi.TessBaseAPIRecognize(_api, monitor);
            cancellationToken.ThrowIfCancellationRequested();
            if (status != 0)
            {
                throw new InvalidOperationException("Tesseract failed to recognise the page.");
            }
        }
        finally
        {
            TesseractApi.TessMonitorDelete(monitor);
            state.Free();
        }
    }

    [UnmanagedCallersOnly]
    private static byte ShouldCancel(IntPtr cancelThis, int words)
    {
        var state = (CancelState?)GCHandle.FromIntPtr(cancelThis).Target;
        return state is { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;
    }

    private sealed record CancelState(CancellationToken Token);

    private List<IReadOnlyList<OcrWord>> ReadLines()
    {
        var lines = new List<IReadOnlyList<OcrWord>>();
        using var iterator = TesseractApi.TessBaseAPIGetIterator(_api);
        if (iterator.IsInvalid)
        {
            return lines;
        }

        var pageIterator = TesseractApi.TessResultIteratorGetPageIterator(iterator);
        List<OcrWord>? line = null;
        do
        {
            if (line is null || TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.LevelTextLine) != 0)
            {
                if (line is { Count: > 0 })
                {
                    lines.Add(line);
                }

                line = [];
            }

            var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.LevelWord));
            if (string.IsNullOrWhiteSpace(text)
                || TesseractApi.TessPageIteratorBoundingBox(pageIterator, TesseractApi.LevelWord, out var left, out var top, out var right, out var bottom) == 0)
            {
                continue;
            }

            var confidence = Math.Clamp(TesseractApi.TessResultIteratorConfidence(iterator, TesseractApi.LevelWord) / 100.0, 0, 1);
            line.Add(new OcrWord(text.Trim(), left, top, right, bottom, confidence));
        }
        while (TesseractApi.TessResultIteratorNext(iterator, TesseractApi.LevelWord) != 0);

        if (line is { Count: > 0 })
        {
            lines.Add(line);
        }

        return lines;
    }

    public void Dispose() => _api.Dispose();
}
