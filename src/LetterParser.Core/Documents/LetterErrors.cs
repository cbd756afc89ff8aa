using LetterParser.Core.Reports;

namespace LetterParser.Core.Documents;

/// <summary>
/// The input errors that more than one front end raises, worded once: the web intake, the CLI, the pipeline and the
/// document reader all check for an empty or oversized file, and the person should read the same sentence from each.
/// </summary>
public static class LetterErrors
{
    /// <summary>The file has no bytes at all.</summary>
    public static LetterInputException EmptyFile() =>
        new(ErrorCode.EmptyFile, "The file is empty (0 bytes). Upload the letter file itself.");

    /// <summary>The file is over <paramref name="maxBytes"/> (<see cref="Pipeline.LetterLimits.MaxFileBytes"/>).</summary>
    public static LetterInputException TooLarge(long maxBytes) =>
        new(ErrorCode.TooLarge, $"The file is larger than the {Megabytes(maxBytes)} MB limit. Upload only the refusal letter, or a smaller scan of it.");

    /// <summary>The error as a report carries it.</summary>
    public static ErrorDetail Detail(this LetterInputException error) => new(error.Code, error.Message);

    /// <summary>Limits are stated in whole megabytes (MiB), as the settings are.</summary>
    public static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
