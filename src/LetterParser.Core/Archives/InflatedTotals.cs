namespace LetterParser.Core.Archives;

/// <summary>What one zip has inflated so far, against what it is compressed to (capped by the zip's real size).</summary>
internal sealed class InflatedTotals(long zipLength)
{
    public long Inflated { get; private set; }

    /// <summary>Compressed bytes of the entries read so far: declared by the zip, so never counted past its length.</summary>
    public long Compressed { get; private set; }

    /// <summary>Set once the zip as a whole has passed the ratio: no entry after it is inflated.</summary>
    public bool OverRatio { get; set; }

    public void AddInflated(long bytes) => Inflated += bytes;

    public void AddCompressed(long bytes) => Compressed = Math.Min(zipLength, Compressed + Math.Max(0, bytes));
}
