namespace LetterParser.Core.Archives;

/// <summary>What a zip of letters may be. A zip is opened before anyone has looked at it, so every size is capped.</summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    /// <summary>Most entries (files and folders) in one zip; a bigger zip is refused as a whole, before inflating anything.</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Most bytes inflated from one zip in total (2 GB); entries past it are refused, the ones before are kept.</summary>
    public long MaxTotalBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest single entry once inflated; the same limit as an uploaded file.</summary>
    public long MaxEntryBytes { get; init; } = Pipeline.LetterLimits.Default.MaxFileBytes;

    /// <summary>
    /// Most inflated bytes per compressed byte, for one entry and for the zip as a whole (so a bomb spread over many
    /// small entries is caught too). PDFs and images barely compress; a bomb is 1000:1.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>
    /// Below this many inflated bytes (of an entry, or of the whole zip) the ratio is not checked: a tiny, highly
    /// compressible file is harmless, and zip headers make the ratio of very small entries meaningless.
    /// </summary>
    public long RatioCheckFloorBytes { get; init; } = 1024 * 1024;
}
