using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction.Isolation;
using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction;

/// <summary>Builds the <see cref="LetterPipeline"/> the CLI, the web service and the tests share.</summary>
public static class PipelineFactory
{
    /// <summary>
    /// The pipeline the products use: files are read in reader processes (<paramref name="readers"/>), under hard
    /// limits, so a hostile file costs its own letter only. The caller owns <paramref name="readers"/> and disposes it.
    /// </summary>
    public static LetterPipeline CreateIsolated(IsolatedDocumentSource readers, LetterLimits? limits = null, TimeProvider? clock = null) =>
        new(readers, Catalogue.Value, limits ?? LetterLimits.Default, clock ?? TimeProvider.System);

    /// <summary>
    /// For unit tests and benchmarks only: reads untrusted bytes in THIS process, where a file that overflows the
    /// stack or exhausts memory ends the process. Scanned pages and images go through Tesseract when libtesseract
    /// and its language data are installed, otherwise they are skipped with a warning (<see cref="NoOcr"/>).
    /// </summary>
    public static LetterPipeline CreateInProcess(LetterLimits? limits = null, TimeProvider? clock = null) =>
        Create(ScannedPageRecognizer, limits, clock);

    /// <summary>
    /// For benchmarks and diagnostics only, with the same warning as <see cref="CreateInProcess"/>: the text a file
    /// yields before any reading, OCR included.
    /// </summary>
    public static IDocumentTextSource CreateInProcessSource(LetterLimits? limits = null) =>
        new DocumentTextExtractor(ScannedPageRecognizer, limits ?? LetterLimits.Default);

    /// <summary>
    /// One OCR reader per process: its engine pool (one engine per core, ≈ 65 MB each) is shared by every pipeline,
    /// so that engines started for one letter serve the next.
    /// </summary>
    private static IScannedPageRecognizer ScannedPageRecognizer => SharedOcr.Value.IsAvailable ? SharedOcr.Value : NoOcr.Instance;

    private static readonly Lazy<TesseractScannedPageRecognizer> SharedOcr = new(() => new TesseractScannedPageRecognizer());

    /// <summary>The seam for OCR: the same pipeline with scanned pages and images read by <paramref name="scannedPages"/>.</summary>
    internal static LetterPipeline Create(IScannedPageRecognizer scannedPages, LetterLimits? limits = null, TimeProvider? clock = null)
    {
        limits ??= LetterLimits.Default;
        return new LetterPipeline(new DocumentTextExtractor(scannedPages, limits), Catalogue.Value, limits, clock ?? TimeProvider.System);
    }

    /// <summary>The catalogue is read once per process and shared by every pipeline.</summary>
    private static readonly Lazy<LetterCatalogue> Catalogue = new(LetterCatalogue.LoadEmbedded);
}
