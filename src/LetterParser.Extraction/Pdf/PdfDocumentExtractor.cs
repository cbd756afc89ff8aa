using LetterParser.Extraction.Pdf.Preflight;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace LetterParser.Extraction.Pdf;

/// <summary>
/// Reads a PDF page by page: each page from its text layer when that layer is real, otherwise through the
/// scanned-page reader (OCR). A mixed PDF (typed letter plus scanned notes) is normal.
/// </summary>
internal static class PdfDocumentExtractor
{
    /// <summary>Below this many letters and digits a page with a large image is a scan with stray text (a stamp, a footer).</summary>
    private const int ThinTextLayer = 20;

    /// <summary>Share of the page an image must cover to count as a scan of it.</summary>
    private const double ScanCoverage = 0.3;

    private enum Verdict { TextLayer, Blank, Scanned, Undecodable, HiddenTextOverScan }

    public static DocumentText Read(ReadOnlyMemory<byte> content, LetterLimits limits, IScannedPageRecognizer scannedPages, CancellationToken cancellationToken)
    {
        PdfPreflight.Check(content, limits);
        using var document = PdfTextLayerExtractor.Open(content, limits);
        var count = document.NumberOfPages;
        var pages = new List<PageText>(count);
        var warnings = new List<string>();
        var damaged = 0;
        int skippedScans = 0, skippedUndecodable = 0;
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Page page;
            TextLayerPage layer;
            Verdict verdict;
            try
            {
                page = document.GetPage(number);
                layer = PdfTextLayerExtractor.ReadPage(page, number);
                verdict = Judge(page, layer.Quality);
            }
            catch (PdfDocumentEncryptedException)
            {
                throw PdfTextLayerExtractor.Encrypted();
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or LetterInputException))
            {
                damaged++;
                warnings.Add($"Page {number} is damaged and could not be read.");
                continue;
            }

            switch (verdict)
            {
                case Verdict.TextLayer or Verdict.Blank:
                    pages.Add(layer.Page);
                    break;
                case Verdict.HiddenTextOverScan when !scannedPages.IsAvailable:
                    pages.Add(layer.Page);
                    warnings.Add($"Page {number} is a scan with a hidden text layer: its text was read from that layer, but ticked boxes on it cannot be seen because OCR is not installed on this server.");
                    break;
                case Verdict.Scanned or Verdict.Undecodable or Verdict.HiddenTextOverScan when scannedPages.IsAvailable:
                    pages.Add(scannedPages.ReadPdfPage(page, number, limits, warnings, cancellationToken));
                    break;
                case Verdict.Undecodable:
                    skippedUndecodable++;
                    warnings.Add($"The text of page {number} cannot be decoded (its fonts have no usable character map) and OCR is not installed on this server, so it was not read.");
                    break;
                default:
                    skippedScans++;
                    warnings.Add($"Page {number} is a scanned image and OCR is not installed on this server, so it was not read.");
                    break;
            }
        }

        if (damaged == count)
            throw PdfTextLayerExtractor.Corrupt();
        if (!pages.Any(p => p.Lines.Count > 0))
        {
            throw new LetterInputException(ErrorCode.Unreadable, (skippedScans, skippedUndecodable) switch
            {
                ( > 0, _) => "This PDF is a scanned image and OCR is not installed on this server, so no text could be read from it. Upload the PDF that IRCC sent (it has selectable text), or ask the operator of this service to install OCR.",
                (_, > 0) => "The text in this PDF cannot be decoded (its fonts have no usable character map) and OCR is not installed on this server, so nothing could be read. Upload the PDF that IRCC sent, or ask the operator of this service to install OCR.",
                _ => "No text could be found in this PDF. Upload the refusal letter itself, as IRCC sent it.",
            });
        }
        return new DocumentText(MediaTypes.Pdf, pages, warnings);
    }

    private static Verdict Judge(Page page, TextLayerQuality quality)
    {
        if (quality.Glyphs == 0)
            return page.NumberOfImages > 0 ? Verdict.Scanned : Verdict.Blank;
        // Fonts without a character map give private-use codes, U+FFFD or shifted punctuation ("!"#$%").
        if (quality.Unmappable > 0.3 * quality.Glyphs || (quality.Glyphs >= ThinTextLayer && quality.LettersAndDigits < 0.5 * quality.Glyphs))
            return Verdict.Undecodable;
        if (page.NumberOfImages == 0)
            return Verdict.TextLayer;
        var coverage = ImageCoverage(page);
        if (quality.LettersAndDigits < ThinTextLayer && coverage >= ScanCoverage)
            return Verdict.Scanned;
        if (quality.Invisible >= 0.8 * quality.Glyphs && coverage >= 0.5)
            return Verdict.HiddenTextOverScan;
        return Verdict.TextLayer;
    }

    /// <summary>Share of the page (0..1) covered by its largest images; the images are not decoded.</summary>
    private static double ImageCoverage(Page page)
    {
        var pageArea = page.Width * page.Height;
        if (pageArea <= 0)
            return 0;
        try
        {
            var covered = page.GetImages().Sum(image => Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height));
            return Math.Min(1, covered / pageArea);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return 0; // an image we cannot even describe: judge the page by its text alone
        }
    }
}
