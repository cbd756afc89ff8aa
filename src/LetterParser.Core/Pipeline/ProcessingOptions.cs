namespace LetterParser.Core.Pipeline;

/// <summary>Per-letter choices a caller may make.</summary>
/// <param name="NotifiedOn">The day the person learned of the decision, when later than the letter date; deadlines then count from it.</param>
/// <param name="Today">The day "days left" is counted to; defaults to the clock's date.</param>
/// <param name="Language">The language the report explains in; null: the letter's own (French for a French letter, else English).</param>
/// <param name="Progress">Told which stage the letter has reached (and which scanned page OCR is on), for a person watching a page while it is read.</param>
public sealed record ProcessingOptions(DateOnly? NotifiedOn = null, DateOnly? Today = null, Reports.ReportLanguage? Language = null, IProgress<ReadingProgress>? Progress = null)
{
    public static ProcessingOptions Default { get; } = new();
}
