using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Tests.Support;

/// <summary>What every <see cref="ILetterStore"/> must do the same way, checked on each store by its own tests.</summary>
public static class LetterStoreChecks
{
    /// <summary>Progress is kept only while the letter is processing; each attempt starts without one, and the report clears it.</summary>
    public static async Task ProgressIsKeptOnlyDuringAnAttemptAsync(ILetterStore store)
    {
        var letter = await store.AddAsync(new IncomingLetter("scan.pdf", new byte[] { 1 }), null, default);

        await store.SaveProgressAsync(letter.Id, ReadingProgress.OcrPage(1, 2), default);
        var whileQueued = await store.ReadProgressAsync(letter.Id, default);
        await store.BeginAttemptAsync(letter.Id, default);
        await store.SaveProgressAsync(letter.Id, ReadingProgress.OcrPage(2, 3), default);
        var firstAttempt = await store.ReadProgressAsync(letter.Id, default);
        await store.BeginAttemptAsync(letter.Id, default);
        var secondAttemptAtStart = await store.ReadProgressAsync(letter.Id, default);
        await store.SaveProgressAsync(letter.Id, ReadingProgress.Matching, default);
        var secondAttempt = await store.ReadProgressAsync(letter.Id, default);
        await store.SaveReportAsync(letter.Id, new ErrorReport("scan.pdf", new ErrorDetail(ErrorCode.Unreadable, "unreadable")), default);
        await store.SaveProgressAsync(letter.Id, ReadingProgress.ReadingText, default);

        Assert.Null(whileQueued);
        Assert.Equal(ReadingProgress.OcrPage(2, 3), firstAttempt);
        Assert.Null(secondAttemptAtStart);
        Assert.Equal(ReadingProgress.Matching, secondAttempt);
        Assert.Null(await store.ReadProgressAsync(letter.Id, default));
    }
}
