namespace LetterParser.Core.Pipeline;

/// <summary>What a single upload may be. Checked before any decoding so that a hostile file costs nothing.</summary>
public sealed record LetterLimits
{
    public static LetterLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (25 MB).</summary>
    public long MaxFileBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Most pages read from one file.</summary>
    public int MaxPages { get; init; } = 50;

    /// <summary>Largest decoded page image, in pixels (width × height), checked from declared sizes before decoding.</summary>
    public long MaxImagePixels { get; init; } = 120_000_000;

    /// <summary>Most bytes a PDF's compressed streams may inflate to, all together (a bomb check before parsing).</summary>
    public long MaxInflatedPdfBytes { get; init; } = 256L * 1024 * 1024;
}
