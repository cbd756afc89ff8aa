using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Ocr.Native;
using Page = UglyToad.PdfPig.Content.Page;

namespace LetterParser.Extraction.Ocr;

/// <summary>
/// Reads scanned pages with libtesseract in-process. Per page: one upright grey image at a working resolution
/// (<see cref="TesseractOcrOptions.WorkingDpi"/>), orientation from OSD, skew corrected, an English pass, a
/// French pass only when the English one shows French, checkboxes found by shape on Tesseract's own
/// binarisation. Words and boxes are reported in the pixels of the upright page image at its scanned resolution.
/// Engines come from an <see cref="OcrEnginePool"/>, one per core, reused across pages and letters.
/// </summary>
internal sealed class TesseractScannedPageReader : IScannedPageReader, IDisposable
{
    private const string English = "eng";
    private const string Orientation = "osd";
    private const string BothLanguages = "eng+fra";
    private const double AssumedPageShortSideInches = 8.5;

    private static readonly string[] DataPathCandidates =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ];

    private readonly TesseractOcrOptions _options;
    private readonly Lazy<Installation?> _installation;
    private readonly Lock _poolGate = new();
    private OcrEnginePool? _pool;

    public TesseractScannedPageReader(TesseractOcrOptions? options = null)
    {
        _options = options ?? TesseractOcrOptions.Default;
        _installation = new Lazy<Installation?>(FindInstallation);
    }

    /// <inheritdoc />
    public bool IsAvailable => _installation.Value is not null;

    /// <summary>The engine pool (created on first use); exposed for reuse checks and benchmarks.</summary>
    internal OcrEnginePool Pool
    {
        get
        {
            var installation = _installation.Value ?? throw new InvalidOperationException("Tesseract is not installed.");
            lock (_poolGate)
            {
                return _pool ??= new OcrEnginePool(installation.DataPath, _options.MaxEnginesPerLanguage ?? Environment.ProcessorCount);
            }
        }
    }

    /// <inheritdoc />
    public PageText ReadPdfPage(Page page, int pageNumber, LetterLimits limits, CancellationToken cancellationToken) =>
        ReadPdfPage(page, pageNumber, limits, new List<string>(), cancellationToken);

    /// <inheritdoc />
    public PageText ReadPdfPage(Page page, int pageNumber, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        RequireInstallation();
        using var raster = PdfPageRaster.Render(page, pageNumber, limits, warnings);
        if (raster is null)
        {
            return new PageText(pageNumber, page.Width, page.Height, [], [], ReadingMethod.Ocr);
        }

        return ReadRaster(raster, pageNumber, warnings, cancellationToken).Page;
    }

    /// <inheritdoc />
    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, CancellationToken cancellationToken) =>
        ReadImageFile(content, mediaType, limits, new List<string>(), cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        RequireInstallation();
        var format = ImageHeaders.Sniff(content.Span);
        if (format == ImageFormat.Unknown)
        {
            throw new LetterInputException(ErrorCode.UnsupportedType,
                "This image is not a JPEG, PNG or TIFF file. Save the scan or photo in one of those formats, or as a PDF, and upload it again.");
        }

        var sizes = ImageHeaders.Read(content.Span, format, limits.MaxPages);
        if (sizes.Count > limits.MaxPages)
        {
            throw new LetterInputException(ErrorCode.TooManyPages,
                $"This TIFF has more than {limits.MaxPages} pages. Upload only the pages of the refusal letter.");
        }

        foreach (var size in sizes)
        {
            if (size.Pixels > limits.MaxImagePixels)
            {
                throw new LetterInputException(ErrorCode.ImageTooLarge,
                    $"The image is {size.Width} × {size.Height} pixels, more than this service reads. Scan the letter at 300 DPI or take the photo at normal resolution and upload it again.");
            }
        }

        var pages = new List<PageText>(sizes.Count);
        string? languageHint = null;
        for (var i = 0; i < sizes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pix = format == ImageFormat.Tiff ? PixImages.ReadTiffPage(content.Span, i) : PixImages.Read(content.Span);
            if (pix is null)
            {
                throw new LetterInputException(ErrorCode.CorruptFile,
                    "The image file is damaged or uses an encoding this service cannot decode. Save or scan it again as JPEG, PNG or TIFF and upload the new file.");
            }

            using var raster = new PageRaster(pix, DeclaredDpi(pix.Width, pix.Height, Leptonica.pixGetXRes(pix)), 0);
            // Pages of one file share a language: once a page proved French, the next starts in French.
            var page = ReadRaster(raster, i + 1, warnings, cancellationToken, languageHint);
            languageHint = page.Language;
            pages.Add(page.Page);
        }

        return pages;
    }

    /// <summary>The page's own resolution when it is plausible for a sheet of paper or a piece of one; 0 when it must be guessed.</summary>
    internal int DeclaredDpi(int width, int height, int dpi)
    {
        if (dpi <= 0)
        {
            return 0;
        }

        // Cameras write 72 DPI whatever they shot: trust the number only if it makes the page paper-sized, or, at a
        // scanner's resolution, a piece of paper (a crop of a 300 DPI scan is 300 DPI, not a whole page at 30 DPI).
        var shortSideInches = (double)Math.Min(width, height) / dpi;
        return shortSideInches <= 14 && (shortSideInches >= 3 || dpi >= _options.MinimumDpi) ? dpi : 0;
    }

    /// <param name="languageHint">The language set the previous page of the same file was read with, if any.</param>
    private (PageText Page, string Language) ReadRaster(PageRaster raster, int pageNumber, ICollection<string> warnings, CancellationToken cancellationToken, string? languageHint = null)
    {
        var installation = RequireInstallation();
        var source = raster.Image;
        var (scale, workingDpi) = WorkingScale(source.Width, source.Height, raster.Dpi);
        var working = PixImages.ToGray(source);
        try
        {
            if (Math.Abs(scale - 1) > 0.01)
            {
                Replace(ref working, PixImages.Scale(working, scale, scale));
            }

            // Skew first: cheap (≈ 5 ms) and it helps both the orientation check and the reading.
            var deskewed = Leptonica.pixFindSkewAndDeskew(working, 2, out var angle, out _);
            if (!deskewed.IsInvalid && Math.Abs(angle) >= _options.MinDeskewDegrees)
            {
                Replace(ref working, deskewed);
            }
            else
            {
                deskewed.Dispose();
            }

            var firstLanguage = !installation.HasFrench ? English
                : _options.Languages == LanguageStrategy.EnglishAndFrenchAlways ? BothLanguages
                : languageHint ?? English;
            PixHandle? binary = null;
            try
            {
                var pass = Recognize(firstLanguage, working, workingDpi, ref binary, cancellationToken);

                // Orientation is only looked for when the first pass does not already prove the page upright.
                var quadrants = 0;
                if (installation.HasOrientation && !LooksUpright(pass))
                {
                    using (var lease = Pool.Rent(Orientation, cancellationToken))
                    {
                        if (lease.Engine.DetectOrientation(working, workingDpi) is { ClockwiseQuadrants: not 0 } orientation
                            && orientation.Confidence >= _options.MinOrientationConfidence)
                        {
                            quadrants = orientation.ClockwiseQuadrants;
                        }
                    }

                    if (quadrants != 0)
                    {
                        var turned = PixImages.RotateClockwise(working, quadrants);
                        PixHandle? turnedBinary = null;
                        OcrPass turnedPass;
                        try
                        {
                            turnedPass = Recognize(firstLanguage, turned, workingDpi, ref turnedBinary, cancellationToken);
                        }
                        catch
                        {
                            turned.Dispose();
                            throw;
                        }

                        // Tesseract reads sideways lines almost as confidently as upright ones, so a turn that makes
                        // the lines run left to right is kept even when its confidence is no higher.
                        if (LooksUpright(turnedPass) || (turnedPass.MeanConfidence ?? 0) > (pass.MeanConfidence ?? 0))
                        {
                            Replace(ref working, turned);
                            binary?.Dispose();
                            binary = turnedBinary;
                            pass = turnedPass;
                        }
                        else
                        {
                            turned.Dispose();
                            turnedBinary?.Dispose();
                            quadrants = 0;
                        }
                    }
                }

                // The function words show through whichever model read the page (English drops the accents, French
                // reads English words passably): a page read with the wrong language set is read again with the right one.
                var language = installation.HasFrench && _options.Languages == LanguageStrategy.EnglishThenFrenchWhenSeen
                    ? LanguageGuess.Choose(pass)
                    : firstLanguage;
                if (language != firstLanguage)
                {
                    PixHandle? unused = null;
                    pass = Recognize(language, working, workingDpi, ref unused, cancellationToken, wantBinarized: false);
                }

                var checkboxes = binary is null ? [] : CheckboxDetector.Find(binary, workingDpi, _options.Checkboxes);
                var toSource = 1 / scale;
                var page = BuildPage(pageNumber, working.Width * toSource, working.Height * toSource, pass, checkboxes, toSource,
                    (raster.Rotation + (quadrants * 90)) % 360);
                if (page.OcrConfidence is { } confidence && confidence < _options.LowConfidenceWarning)
                {
                    warnings.Add($"Page {pageNumber} was hard to read (OCR confidence {confidence:P0}); its text may contain errors. A flat, sharp scan at 300 DPI reads best.");
                }

                return (page, language);
            }
            finally
            {
                binary?.Dispose();
            }
        }
        finally
        {
            working.Dispose();
        }
    }

    /// <summary>
    /// How much the page image is scaled for Tesseract, and the resolution that gives: finer scans reduced to the
    /// working resolution, coarse ones enlarged (at most <see cref="TesseractOcrOptions.MaxUpscale"/> times), the
    /// result capped in pixels. <paramref name="dpi"/> 0 means unknown: the image is taken for a whole page.
    /// </summary>
    internal (double Scale, int WorkingDpi) WorkingScale(int width, int height, int dpi)
    {
        var sourceDpi = dpi > 0 ? dpi : (int)Math.Round(Math.Min(width, height) / AssumedPageShortSideInches);
        sourceDpi = Math.Max(sourceDpi, 30);

        var scale = sourceDpi > _options.WorkingDpi * 1.1 ? (double)_options.WorkingDpi / sourceDpi
            : sourceDpi < _options.MinimumDpi ? Math.Min((double)_options.UpscaleDpi / sourceDpi, _options.MaxUpscale)
            : 1.0;
        var workingPixels = (double)width * height * scale * scale;
        if (workingPixels > _options.MaxWorkingPixels)
        {
            scale *= Math.Sqrt(_options.MaxWorkingPixels / workingPixels);
        }

        return (scale, (int)Math.Round(sourceDpi * scale));
    }

    private OcrPass Recognize(string language, PixHandle image, int dpi, ref PixHandle? binary, CancellationToken cancellationToken, bool wantBinarized = true)
    {
        using var lease = Pool.Rent(language, cancellationToken);
        var pass = lease.Engine.Recognize(image, dpi, cancellationToken, out var thresholded, wantBinarized);
        if (thresholded is not null)
        {
            binary?.Dispose();
            binary = thresholded;
        }

        return pass;
    }

    /// <summary>
    /// Confident and horizontal: Tesseract reads a sideways page's vertical lines confidently too, so the words'
    /// shapes (long words wider than tall) must also say the lines run left to right.
    /// </summary>
    private bool LooksUpright(OcrPass pass)
    {
        if (pass.WordCount < _options.UprightMinWords || !(pass.MeanConfidence >= _options.UprightConfidence))
        {
            return false;
        }

        var longWords = pass.Lines.SelectMany(l => l).Where(w => w.Text.Length >= 3).ToList();
        return longWords.Count > 0 && longWords.Count(w => w.Right - w.Left > w.Bottom - w.Top) >= 0.8 * longWords.Count;
    }

    private Installation RequireInstallation() =>
        _installation.Value ?? throw new InvalidOperationException("Tesseract OCR is not installed; check IsAvailable before reading scanned pages.");

    private static void Replace(ref PixHandle current, PixHandle next)
    {
        current.Dispose();
        current = next;
    }

    private static PageText BuildPage(int pageNumber, double width, double height, OcrPass pass, IReadOnlyList<DetectedCheckbox> checkboxes, double toSource, int rotation)
    {
        Box Map(int l, int t, int r, int b) => new(l * toSource, t * toSource, r * toSource, b * toSource);

        var lines = new List<TextLine>();
        var confidences = new List<double>();
        foreach (var line in pass.Lines)
        {
            // OCR reads box outlines as junk words ("L]", "C)", "OQ"); the boxes are reported as marks instead.
            var words = line.Where(w => !SitsOnCheckbox(w, checkboxes))
                .Select(w => new Word(w.Text, Map(w.Left, w.Top, w.Right, w.Bottom), w.Confidence))
                .ToList();
            if (words.Count == 0)
            {
                continue;
            }

            lines.Add(new TextLine(words));
            confidences.AddRange(words.Select(w => w.Confidence));
        }

        var marks = checkboxes.Select(c => new CheckboxMark(Map(c.Left, c.Top, c.Right, c.Bottom), c.IsChecked, c.Confidence)).ToList();
        double? mean = confidences.Count == 0 ? null : confidences.Average();
        return new PageText(pageNumber, width, height, lines, marks, ReadingMethod.Ocr, mean, rotation);
    }

    private static bool SitsOnCheckbox(OcrWord word, IReadOnlyList<DetectedCheckbox> checkboxes)
    {
        var area = Math.Max(1, (word.Right - word.Left) * (word.Bottom - word.Top));
        foreach (var box in checkboxes)
        {
            var overlapWidth = Math.Min(word.Right, box.Right) - Math.Max(word.Left, box.Left);
            var overlapHeight = Math.Min(word.Bottom, box.Bottom) - Math.Max(word.Top, box.Top);
            if (overlapWidth > 0 && overlapHeight > 0 && overlapWidth * overlapHeight >= 0.4 * area)
            {
                return true;
            }
        }

        return false;
    }

    private Installation? FindInstallation()
    {
        try
        {
            if (!NativeLibraries.TryLoad())
            {
                return null;
            }

            var dataPath = _options.DataPath is { } configured ? [configured] : CandidateDataPaths();
            foreach (var path in dataPath)
            {
                if (File.Exists(Path.Combine(path, "eng.traineddata")))
                {
                    return new Installation(path,
                        File.Exists(Path.Combine(path, "fra.traineddata")),
                        File.Exists(Path.Combine(path, "osd.traineddata")));
                }
            }

            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> CandidateDataPaths()
    {
        if (Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix)
        {
            yield return prefix;
            yield return Path.Combine(prefix, "tessdata");
        }

        foreach (var path in DataPathCandidates)
        {
            yield return path;
        }
    }

    public void Dispose()
    {
        lock (_poolGate)
        {
            _pool?.Dispose();
            _pool = null;
        }
    }

    private sealed record Installation(string DataPath, bool HasFrench, bool HasOrientation);
}
