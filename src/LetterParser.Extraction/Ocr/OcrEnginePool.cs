using System.Collections.Concurrent;

namespace LetterParser.Extraction.Ocr;

/// <summary>
/// Keeps initialised engines for reuse: creating one costs ≈ 100 ms and ≈ 65 MB, recognising a page ≈ 1 s, so
/// engines live as long as the pool. At most <see cref="MaxEnginesPerLanguage"/> engines exist per language set
/// (one per core: Tesseract is CPU-bound and runs one thread per engine); a renter waits for a free one.
/// </summary>
internal sealed class OcrEnginePool : IDisposable
{
    private readonly string _dataPath;
    private readonly ConcurrentDictionary<string, LanguagePool> _pools = new(StringComparer.Ordinal);
    private bool _disposed;

    public OcrEnginePool(string dataPath, int maxEnginesPerLanguage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEnginesPerLanguage, 1);
        _dataPath = dataPath;
        MaxEnginesPerLanguage = maxEnginesPerLanguage;
    }

    public int MaxEnginesPerLanguage { get; }

    /// <summary>How many engines were ever created for <paramref name="language"/> (reuse shows as a small number).</summary>
    public int CreatedCount(string language) => _pools.TryGetValue(language, out var pool) ? pool.Created : 0;

    /// <summary>Borrows an engine for <paramref name="language"/> (e.g. "eng", "fra", "osd"); dispose the lease to return it.</summary>
    public Lease Rent(string language, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var pool = _pools.GetOrAdd(language, l => new LanguagePool(l, MaxEnginesPerLanguage));
        pool.Slots.Wait(cancellationToken);
        try
        {
            if (!pool.Idle.TryTake(out var engine))
            {
                engine = OcrEngine.Create(_dataPath, language);
                Interlocked.Increment(ref pool.Created);
            }

            return new Lease(this, pool, engine);
        }
        catch
        {
            pool.Slots.Release();
            throw;
        }
    }

    private void Return(LanguagePool pool, OcrEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
        }
        else
        {
            pool.Idle.Add(engine);
        }

        pool.Slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var pool in _pools.Values)
        {
            while (pool.Idle.TryTake(out var engine))
            {
                engine.Dispose();
            }
        }
    }

    internal sealed class LanguagePool(string language, int size)
    {
        public string Language { get; } = language;
        public SemaphoreSlim Slots { get; } = new(size, size);
        public ConcurrentBag<OcrEngine> Idle { get; } = [];
        public int Created;
    }

    /// <summary>An engine on loan; disposing returns it to the pool.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly OcrEnginePool _owner;
        private readonly LanguagePool _pool;
        private OcrEngine? _engine;

        internal Lease(OcrEnginePool owner, LanguagePool pool, OcrEngine engine)
        {
            _owner = owner;
            _pool = pool;
            _engine = engine;
        }

        public OcrEngine Engine => _engine ?? throw new ObjectDisposedException(nameof(Lease));

        public void Dispose()
        {
            var engine = Interlocked.Exchange(ref _engine, null);
            if (engine is not null)
            {
                _owner.Return(_pool, engine);
            }
        }
    }
}
