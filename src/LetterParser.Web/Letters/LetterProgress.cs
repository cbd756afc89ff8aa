using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Letters;

/// <param name="Ahead">Letters the workers will take before this one (while queued).</param>
/// <param name="Message">The status in the page's language, e.g. "Waiting in the queue: 3 letter(s) ahead of yours."</param>
public sealed record LetterProgress(LetterStatus Status, bool Finished, int? Ahead, int WaitedSeconds, string Message, string Waited)
{
    /// <summary>
    /// Where <paramref name="letter"/> is, from the store alone: its place in the queue and the stage its job last
    /// recorded. The same in every mode, since the job may run in this process or in a worker process.
    /// </summary>
    public static async Task<LetterProgress> OfAsync(StoredLetter letter, ILetterStore store, UiText text, TimeProvider clock, CancellationToken cancellationToken)
    {
        int? ahead = letter.Status == LetterStatus.Queued ? await store.CountQueuedAheadAsync(letter, cancellationToken) : null;
        var stage = letter.Status == LetterStatus.Processing ? await store.ReadProgressAsync(letter.Id, cancellationToken) : null;
        var waited = (int)Math.Max(0, (clock.GetUtcNow() - letter.CreatedAt).TotalSeconds);
        var message = letter.Status switch
        {
            LetterStatus.Queued when ahead > 0 => text.Format("pending.queued", ahead),
            LetterStatus.Queued => text["pending.queuedNext"],
            LetterStatus.Processing => stage switch
            {
                { Stage: ReadingStage.ReadingText } => text["pending.stage.reading"],
                { Stage: ReadingStage.Ocr, Page: { } page, Pages: { } pages } => text.Format("pending.stage.ocr", page, pages),
                { Stage: ReadingStage.Matching } => text["pending.stage.matching"],
                _ => text["pending.processing"],
            },
            _ => text["batch.status." + (letter.Status == LetterStatus.Completed ? "completed" : "failed")],
        };
        return new LetterProgress(letter.Status, letter.IsFinished, ahead, waited, message, text.Format("pending.waited", waited));
    }
}
