namespace LetterParser.Core.Pipeline;

/// <summary>Where a letter is in the pipeline.</summary>
public enum ReadingStage { ReadingText, Ocr, Matching }

/// <summary>
/// Where a letter is, for a person waiting on it: the stage and, while scanned pages are read by OCR, which page of
/// how many. Numbers only, never letter text: it crosses from the reader process and is shown to whoever polls.
/// </summary>
/// <param name="Page">While <see cref="ReadingStage.Ocr"/>: the 1-based page being read.</param>
/// <param name="Pages">While <see cref="ReadingStage.Ocr"/>: the pages in the file.</param>
public sealed record ReadingProgress(ReadingStage Stage, int? Page = null, int? Pages = null)
{
    public static ReadingProgress ReadingText { get; } = new(ReadingStage.ReadingText);

    public static ReadingProgress Matching { get; } = new(ReadingStage.Matching);

    /// <summary>OCR has started on page <paramref name="page"/> of <paramref name="pages"/>.</summary>
    public static ReadingProgress OcrPage(int page, int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, page);
        return new ReadingProgress(ReadingStage.Ocr, page, pages);
    }
}
