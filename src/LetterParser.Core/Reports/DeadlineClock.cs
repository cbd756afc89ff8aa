namespace LetterParser.Core.Reports;

/// <summary>
/// The one place that counts days left to a deadline and decides what "urgent" and "passed" mean, so the page,
/// the PDF, the CSV, the triage and the next-step planner can never disagree.
/// </summary>
public static class DeadlineClock
{
    /// <summary>A deadline this close (or closer) is urgent, as long as it has not passed.</summary>
    public const int UrgentWithinDays = 7;

    /// <summary>Days from <paramref name="today"/> to the deadline; negative once passed.</summary>
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    /// <summary>
    /// Days left to <paramref name="deadline"/> counted to <paramref name="today"/> when given (a page read days
    /// after the report was made), else the count the report was made with.
    /// </summary>
    public static int? DaysLeft(Deadline deadline, DateOnly? today) =>
        today is { } day ? DaysLeft(deadline.Date, day) : deadline.DaysLeft;

    /// <summary>Still open: today is the last day at the latest. An unknown count is treated as open.</summary>
    public static bool IsOpen(int? daysLeft) => daysLeft is null or >= 0;

    /// <summary>Open and within <see cref="UrgentWithinDays"/>; a passed deadline is never urgent (only an extension is left).</summary>
    public static bool IsUrgent(int? daysLeft) => daysLeft is >= 0 and <= UrgentWithinDays;
}
