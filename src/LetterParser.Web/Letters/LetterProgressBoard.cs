using System.Collections.Concurrent;
using LetterParser.Core.Pipeline;

namespace LetterParser.Web.Letters;

/// <summary>
/// The stage each letter being read in this process has reached (and, for a scan, which page OCR is on), for the
/// report page's progress line. Kept in
/// memory: with separate worker processes (PostgreSQL mode) the web process does not see it, and the page says only
/// "reading your letter now".
/// </summary>
public sealed class LetterProgressBoard
{
    private readonly ConcurrentDictionary<string, ReadingProgress> _stages = new(StringComparer.Ordinal);

    public IProgress<ReadingProgress> For(string letterId) => new Reporter(this, letterId);

    public ReadingProgress? ProgressOf(string letterId) => _stages.TryGetValue(letterId, out var stage) ? stage : null;

    public void Forget(string letterId) => _stages.TryRemove(letterId, out _);

    // Synchronous on purpose: Progress<T> would post to a thread-pool callback that could land after Forget.
    private sealed class Reporter(LetterProgressBoard board, string letterId) : IProgress<ReadingProgress>
    {
        public void Report(ReadingProgress value) => board._stages[letterId] = value;
    }
}
