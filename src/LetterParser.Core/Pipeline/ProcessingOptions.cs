namespace LetterParser.Core.Pipeline;

/// <summary>Per-letter choices a caller may make.</summary>
/// <param name="NotifiedOn">The day the person learned of the decision, when later than the letter date; deadlines then count from it.</param>
/// <param name="Today">The day "days left" is counted to; defaults to the clock's date.</param>
public sealed record ProcessingOptions(DateOnly? NotifiedOn = null, DateOnly? Today = null)
{
    public static ProcessingOptions Default { get; } = new();
}
