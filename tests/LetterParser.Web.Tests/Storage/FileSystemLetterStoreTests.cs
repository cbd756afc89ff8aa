using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Storage;
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
        var letter = await _store.AddAsync(new IncomingLetter("scan.pdf", new byte[] { 1 }), null, default);

        await _store.SaveProgressAsync(letter.Id, ReadingProgress.OcrPage(1, 2), default);
        var whileQueued = await _store.ReadProgressAsync(letter.Id, default);
        await _store.BeginAttemptAsync(letter.Id, default);
        await _store.SaveProgressAsync(letter.Id, ReadingProgress.OcrPage(2, 3), default);
        var firstAttempt = await _store.ReadProgressAsync(letter.Id, default);
        await _store.BeginAttemptAsync(letter.Id, default);
        var secondAttemptAtStart = await _store.ReadProgressAsync(letter.Id, default);
        await _store.SaveProgressAsync(letter.Id, ReadingProgress.Matching, default);
        var secondAttempt = await _store.ReadProgressAsync(letter.Id, default);
        await _store.SaveReportAsync(letter.Id, new ErrorReport("scan.pdf", new ErrorDetail(ErrorCode.Unreadable, "unreadable")), default);
        await _store.SaveProgressAsync(letter.Id, ReadingProgress.ReadingText, default);

        Assert.Null(whileQueued);
        Assert.Equal(ReadingProgress.OcrPage(2, 3), firstAttempt);
        Assert.Null(secondAttemptAtStart);
        Assert.Equal(ReadingProgress.Matching, secondAttempt);
        Assert.Null(await _store.ReadProgressAsync(letter.Id, default));
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
