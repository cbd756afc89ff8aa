using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction;

/// <summary>Builds the <see cref="LetterPipeline"/> the CLI, the web service and the tests share.</summary>
public static class PipelineFactory
{
    /// <summary>A pipeline reading files with <see cref="LetterDocumentSource"/> (no OCR).</summary>
    public static LetterPipeline Create(LetterLimits? limits = null, TimeProvider? clock = null) =>
        Create(NoOcr.Instance, limits, clock);

    /// <summary>The seam for OCR: the same pipeline with scanned pages and images read by <paramref name="scannedPages"/>.</summary>
    internal static LetterPipeline Create(IScannedPageReader scannedPages, LetterLimits? limits = null, TimeProvider? clock = null)
    {
        limits ??= LetterLimits.Default;
        return new LetterPipeline(new LetterDocumentSource(scannedPages, limits), new LetterExplainer(), limits, clock ?? TimeProvider.System);
    }
}
