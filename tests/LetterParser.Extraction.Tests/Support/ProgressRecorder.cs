using LetterParser.Core.Pipeline;

namespace LetterParser.Extraction.Tests.Support;

/// <summary>
/// Keeps every progress report, in order, as it is made (not <see cref="Progress{T}"/>, which posts each report to
/// the thread pool and could record them late or out of order).
/// </summary>
internal sealed class ProgressRecorder : IProgress<ReadingProgress>
{
    private readonly List<ReadingProgress> _reports = [];

    public IReadOnlyList<ReadingProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(ReadingProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
