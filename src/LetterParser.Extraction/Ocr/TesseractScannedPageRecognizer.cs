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
internal sealed class TesseractScannedPageRecognizer : IScannedPageRecognizer, IDisposable
{
    private const string English = "eng";
    private const string Orientation = "osd";
    private const string BothLanguages = "eng+fra";
    private const double AssumedPageShortSideInches = 8.5;

    private readonly TesseractOcrOptions _options;
    private readonly Lazy<TesseractInstallation?> _installation;
    private readonly Lock _poolGate = new();
    private OcrEnginePool? _pool;

    public TesseractScannedPageRecognizer(TesseractOcrOptions? options = null)
    {
        _options = options ?? TesseractOcrOptions.Default;
        _installation = new Lazy<TesseractInstallation?>(() => TesseractInstallation.Find(_options.DataPath));
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

    /// <summary>For callers with nowhere to show warnings (tests, benchmarks): as the interface's overload, the warnings dropped.</summary>
    internal PageText ReadPdfPage(Page page, int pageNumber, LetterLimits limits, CancellationToken cancellationToken) =>
        ReadPdfPage(page, pageNumber, limits, [], cancellationToken);

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

    /// <summary>For callers with nowhere to show warnings (tests, benchmarks): as the interface's overload, the warnings dropped.</summary>
    internal IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, CancellationToken cancellationToken) =>
        ReadImageFile(content, mediaType, limits, [], null, cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<PageText> ReadImageFile(ReadOnlyMemory<byte> content, string mediaType, LetterLimits limits, ICollection<string> warnings, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        RequireInstallation();
        var file = ImageFilePages.Open(content, limits);
        var pages = new List<PageText>(file.Count);
        string? languageHint = null;
        for (var i = 0; i < file.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(ReadingProgress.OcrPage(i + 1, file.Count));
            var pix = file.Decode(i);
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

    /// <summary>
    /// One page, step by step: scale, deskew, recognise, turn upright, read again in the page's language, find the
    /// checkboxes. Each step borrows the images it is given and returns images of its own, disposed where they are
    /// made (<see cref="PixImages.Share"/> passes one on unchanged without copying it).
    /// </summary>
    /// <param name="languageHint">The language set the previous page of the same file was read with, if any.</param>
    private (PageText Page, string Language) ReadRaster(PageRaster raster, int pageNumber, ICollection<string> warnings, CancellationToken cancellationToken, string? languageHint = null)
    {
        var (scale, dpi) = WorkingScale(raster.Image.Width, raster.Image.Height, raster.Dpi);
        var firstLanguage = FirstLanguage(languageHint);
        using var upright = ReadUpright(raster.Image, scale, dpi, firstLanguage, cancellationToken);
        var language = PageLanguage(upright.Read.Pass, firstLanguage);
        var pass = language == firstLanguage ? upright.Read.Pass : Reread(language, upright.Image, dpi, cancellationToken);
        var checkboxes = upright.Read.Binary is { } binary ? CheckboxDetector.Find(binary, dpi, _options.Checkboxes) : [];

        var toSource = 1 / scale;
        var page = BuildPage(pageNumber, upright.Image.Width * toSource, upright.Image.Height * toSource, pass, checkboxes, toSource,
            (raster.Rotation + (upright.Quadrants * 90)) % 360);
        if (page.OcrConfidence is { } confidence && confidence < _options.LowConfidenceWarning)
        {
            warnings.Add($"Page {pageNumber} was hard to read (OCR confidence {confidence:P0}); its text may contain errors. A flat, sharp scan at 300 DPI reads best.");
        }

        return (page, language);
    }

    /// <summary>Scale and deskew, recognise, and turn the page when orientation detection says it lies on its side or head.</summary>
    private UprightPage ReadUpright(PixHandle source, double scale, int dpi, string language, CancellationToken cancellationToken)
    {
        using var working = Straightened(source, scale);
        using var read = Recognize(language, working, dpi, cancellationToken);
        var quadrants = LooksUpright(read.Pass) ? 0 : DetectTurn(working, dpi, cancellationToken);
        if (quadrants == 0)
        {
            return new UprightPage(working.Share(), read.Share(), 0);
        }

        using var turned = PixImages.RotateClockwise(working, quadrants);
        using var turnedRead = Recognize(language, turned, dpi, cancellationToken);
        // Tesseract reads sideways lines almost as confidently as upright ones, so a turn that makes the lines run
        // left to right is kept even when its confidence is no higher.
        return LooksUpright(turnedRead.Pass) || (turnedRead.Pass.MeanConfidence ?? 0) > (read.Pass.MeanConfidence ?? 0)
            ? new UprightPage(turned.Share(), turnedRead.Share(), quadrants)
            : new UprightPage(working.Share(), read.Share(), 0);
    }

    /// <summary>The grey working image at the working scale, skew corrected.</summary>
    private PixHandle Straightened(PixHandle source, double scale)
    {
        using var scaled = Scaled(source, scale);
        // Skew first: cheap (≈ 5 ms) and it helps both the orientation check and the reading.
        return Deskewed(scaled);
    }

    private static PixHandle Scaled(PixHandle source, double scale)
    {
        using var gray = PixImages.ToGray(source);
        return Math.Abs(scale - 1) > 0.01 ? PixImages.Scale(gray, scale, scale) : gray.Share();
    }

    private PixHandle Deskewed(PixHandle image)
    {
        using var deskewed = Leptonica.pixFindSkewAndDeskew(image, 2, out var angle, out _);
        return !deskewed.IsInvalid && Math.Abs(angle) >= _options.MinDeskewDegrees ? deskewed.Share() : image.Share();
    }

    /// <summary>Clockwise quarter turns that make the page upright, from the orientation model; 0 when it is missing or unsure.</summary>
    private int DetectTurn(PixHandle image, int dpi, CancellationToken cancellationToken)
    {
        if (!RequireInstallation().HasOrientation)
        {
            return 0;
        }

        using var lease = Pool.Rent(Orientation, cancellationToken);
        return lease.Engine.DetectOrientation(image, dpi) is { ClockwiseQuadrants: not 0 } orientation
            && orientation.Confidence >= _options.MinOrientationConfidence
                ? orientation.ClockwiseQuadrants
                : 0;
    }

    private string FirstLanguage(string? languageHint) =>
        !RequireInstallation().HasFrench ? English
        : _options.Languages == LanguageStrategy.EnglishAndFrenchAlways ? BothLanguages
        : languageHint ?? English;

    /// <summary>
    /// The function words show through whichever model read the page (English drops the accents, French reads
    /// English words passably): a page read with the wrong language set is read again with the right one.
    /// </summary>
    private string PageLanguage(OcrPass pass, string firstLanguage) =>
        RequireInstallation().HasFrench && _options.Languages == LanguageStrategy.EnglishThenFrenchWhenSeen
            ? LanguageGuess.Choose(pass)
            : firstLanguage;

    private OcrRead Recognize(string language, PixHandle image, int dpi, CancellationToken cancellationToken)
    {
        using var lease = Pool.Rent(language, cancellationToken);
        var pass = lease.Engine.Recognize(image, dpi, cancellationToken, out var binary, wantBinarized: true);
        return new OcrRead(pass, binary);
    }

    /// <summary>A second reading in another language; the checkboxes still come from the first one's binarisation.</summary>
    private OcrPass Reread(string language, PixHandle image, int dpi, CancellationToken cancellationToken)
    {
        using var lease = Pool.Rent(language, cancellationToken);
        return lease.Engine.Recognize(image, dpi, cancellationToken, out _, wantBinarized: false);
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

    private TesseractInstallation RequireInstallation() =>
        _installation.Value ?? throw new InvalidOperationException("Tesseract OCR is not installed; check IsAvailable before reading scanned pages.");

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

    public void Dispose()
    {
        lock (_poolGate)
        {
            _pool?.Dispose();
            _pool = null;
        }
    }
}

/// <summary>One recognition and, when Tesseract gave it, its binarisation of the page (which the checkboxes are found on).</summary>
internal sealed class OcrRead(OcrPass pass, PixHandle? binary) : IDisposable
{
    public OcrPass Pass { get; } = pass;

    public PixHandle? Binary { get; } = binary;

    /// <summary>The same reading with a handle of its own to the binarisation.</summary>
    public OcrRead Share() => new(Pass, Binary?.Share());

    public void Dispose() => Binary?.Dispose();
}

/// <summary>The working image turned upright, its reading, and the quarter turns that made it upright.</summary>
internal sealed class UprightPage(PixHandle image, OcrRead read, int quadrants) : IDisposable
{
    public PixHandle Image { get; } = image;

    public OcrRead Read { get; } = read;

    public int Quadrants { get; } = quadrants;

    public void Dispose()
    {
        Read.Dispose();
        Image.Dispose();
    }
}
