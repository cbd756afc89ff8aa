namespace LetterParser.Extraction.Isolation;

/// <summary>How the reader processes of an <see cref="IsolatedDocumentSource"/> are run.</summary>
public sealed record ReaderIsolationOptions
{
    public static ReaderIsolationOptions Default { get; } = new();

    /// <summary>Reader processes kept warm and used at once (a letter waits for a free one); 0 means one per core.</summary>
    public int Readers { get; init; }

    /// <summary>Memory one reader may commit; past it the letter ends as too-large.</summary>
    public long MaxMemoryBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// A reader still holding more than this after a letter (a collection done) is retired and the next letter gets
    /// a fresh one: the pool's memory stays flat however heavy the letters were, and each letter's peak is its own.
    /// </summary>
    public long RecycleAboveBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Wall time for one letter, enforced by the parent (the reader is killed).</summary>
    public TimeSpan WallTime { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>CPU time for one letter, enforced by the kernel in the reader (RLIMIT_CPU).</summary>
    public TimeSpan CpuTime { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The reader's assembly; null finds LetterParser.Reader.dll next to the running application.</summary>
    public string? ReaderAssembly { get; init; }

    internal int ReaderCount => Readers > 0 ? Readers : Environment.ProcessorCount;
}
