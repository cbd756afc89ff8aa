namespace LetterParser.Extraction.Ocr;

/// <summary>Tunables of <see cref="TesseractScannedPageRecognizer"/>; <see cref="Default"/> is what was measured to be fastest at equal accuracy.</summary>
internal sealed record TesseractOcrOptions
{
    public static TesseractOcrOptions Default { get; } = new();

    /// <summary>Directory holding eng.traineddata (and fra, osd); null searches TESSDATA_PREFIX and the usual install paths.</summary>
    public string? DataPath { get; init; }

    /// <summary>Finer scans are reduced to this: 200 DPI reads as accurately as 300 DPI on letters and ≈ 20 % faster.</summary>
    public int WorkingDpi { get; init; } = 200;

    /// <summary>Scans coarser than this are enlarged to <see cref="UpscaleDpi"/>: Tesseract misreads small x-heights.</summary>
    public int MinimumDpi { get; init; } = 150;

    public int UpscaleDpi { get; init; } = 300;

    /// <summary>
    /// Most an image is enlarged: past about four times, enlarging adds no detail Tesseract can use, only pixels
    /// (a 600 × 250 crop taken for a 30 DPI page became 15 MP and 2 s of OCR a page).
    /// </summary>
    public double MaxUpscale { get; init; } = 4;

    /// <summary>Cap on the image handed to Tesseract (a 40 MP photo is reduced).</summary>
    public long MaxWorkingPixels { get; init; } = 16_000_000;

    /// <summary>
    /// An English pass this confident (mean word confidence, with at least <see cref="UprightMinWords"/> words) proves
    /// the page upright, and orientation detection (≈ 240 ms a page, a quarter of the page's cost) is skipped.
    /// Text read sideways or upside down comes out as low-confidence junk.
    /// </summary>
    public double UprightConfidence { get; init; } = 0.70;

    public int UprightMinWords { get; init; } = 8;

    /// <summary>How French is paid for; see <see cref="LanguageStrategy"/>.</summary>
    public LanguageStrategy Languages { get; init; } = LanguageStrategy.EnglishThenFrenchWhenSeen;

    /// <summary>OSD confidence needed before a page is turned; below it the page is read as it is.</summary>
    public double MinOrientationConfidence { get; init; } = 2.0;

    /// <summary>Skew below this many degrees is left alone (Tesseract copes; rotating costs time and sharpness).</summary>
    public double MinDeskewDegrees { get; init; } = 0.3;

    /// <summary>Mean word confidence under which the page gets a warning that its text may be wrong.</summary>
    public double LowConfidenceWarning { get; init; } = 0.60;

    /// <summary>Engines per language set; null means one per core.</summary>
    public int? MaxEnginesPerLanguage { get; init; }

    public CheckboxDetectorOptions Checkboxes { get; init; } = CheckboxDetectorOptions.Default;
}

/// <summary>How a page's language is chosen.</summary>
internal enum LanguageStrategy
{
    /// <summary>Read with English; read again with French (or both) only when the English pass shows French words.</summary>
    EnglishThenFrenchWhenSeen,

    /// <summary>Read every page once with eng+fra.</summary>
    EnglishAndFrenchAlways,
}
