using LetterParser.Web.Storage;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Tests.Storage;

public sealed class FileSystemLetterStoreTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "letterparser-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FileSystemLetterStore _store;

    public FileSystemLetterStoreTests() =>
        _store = new FileSystemLetterStore(Options.Create(new StorageOptions { DataPath = _dataPath }), TimeProvider.System);

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    [Fact]
    public async Task ProgressIsKeptOnlyDuringAnAttemptAndEachAttemptStartsWithoutOne()
    {
        await LetterStoreChecks.ProgressIsKeptOnlyDuringAnAttemptAsync(_store);
    }

    [Fact]
    public async Task QueuedLettersOfAPreviousRunAreCountedAheadAfterARestart()
    {
        var older = await _store.AddAsync(new IncomingLetter("a.pdf", new byte[] { 1 }), null, default);
        var started = await _store.AddAsync(new IncomingLetter("b.pdf", new byte[] { 1 }), null, default);
        var younger = await _store.AddAsync(new IncomingLetter("c.pdf", new byte[] { 1 }), null, default);
        await _store.BeginAttemptAsync(started.Id, default);

        var restarted = new FileSystemLetterStore(Options.Create(new StorageOptions { DataPath = _dataPath }), TimeProvider.System);

        Assert.Equal(0, await restarted.CountQueuedAheadAsync(older, default));
        Assert.Equal(1, await restarted.CountQueuedAheadAsync(younger, default));
    }
}
