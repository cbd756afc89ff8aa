using LetterParser.Core.Catalogue;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction.Ocr;

namespace LetterParser.Extraction;

/// <summary>Builds the <see cref="LetterPipeline"/> the CLI, the web service and the tests share.</summary>
public static class PipelineFactory
{
    /// <summary>
    /// A pipeline reading files with <see cref="LetterDocumentSource"/>: scanned pages and images through Tesseract
    /// when libtesseract and its language data are installed, otherwise skipped with a warning (<see cref="NoOcr"/>).
    /// </summary>
    public static LetterPipeline Create(LetterLimits? limits = null, TimeProvider? clock = null) =>
        Create(ScannedPageReader, limits, clock);

    /// <summary>
    /// One OCR reader per process: its engine pool (one engine per core, ≈ 65 MB each) is shared by every pipeline,
    /// so that engines started for one letter serve the next.
    /// </summary>
    private static IScannedPageReader ScannedPageReader => SharedOcr.Value.IsAvailable ? SharedOcr.Value : NoOcr.Instance;

    private static readonly Lazy<TesseractScannedPageReader> SharedOcr = new(() => new TesseractScannedPageReader());

    /// <summary>The seam for OCR: the same pipeline with scanned pages and images read by <paramref name="scannedPages"/>.</summary>
    internal static LetterPipeline Create(IScannedPageReader scannedPages, LetterLimits? limits = null, TimeProvider? clock = null)
    {
        limits ??= LetterLimits.Default;
        return new LetterPipeline(new LetterDocumentSource(scannedPages, limits), Catalogue.Value, limits, clock ?? TimeProvider.System);
    }

    /// <summary>The catalogue is read once per process and shared by every pipeline.</summary>
    private static readonly Lazy<LetterCatalogue> Catalogue = new(LetterCatalogue.LoadEmbedded);
}
