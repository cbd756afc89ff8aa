namespace LetterParser.Extraction.Isolation;

/// <summary>What a person is told when the reader process, not a check, stopped their file.</summary>
internal static class IsolationMessages
{
    public const string OutOfMemory =
        "Reading this file needed far more memory than any letter does, so it was stopped. The other files are not affected. Upload only the pages of the refusal letter, or print the letter to a new PDF and upload that.";

    public const string Crashed =
        "The reader stopped while reading this file: it is damaged or built in a way that cannot be read safely. The other files are not affected. Download the letter again, or print it to a new PDF (or scan it), and upload that.";

    public const string TooMuchProcessing =
        "Reading this file needed far more processing than any letter does, so it was stopped. The other files are not affected. Upload only the pages of the refusal letter, or a smaller or clearer scan of it.";

    public static string TookTooLong(TimeSpan limit) =>
        $"Reading this file took longer than {limit.TotalSeconds:0} seconds, so it was stopped. The other files are not affected. Upload only the pages of the refusal letter, or a smaller or clearer scan of it.";
}
