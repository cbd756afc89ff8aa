using LetterParser.Core.Catalogue;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Pipeline;

/// <summary>
/// The checks on "the day you received the letter", which every front end takes from a person and a typo in it
/// moves every deadline: a day after today is refused at once (it would silently remove an urgent deadline); a day
/// before the letter's own date is impossible, so it is not used and the report says so and asks for review.
/// </summary>
public static class NotifiedDate
{
    /// <summary>Review code for a received-on date earlier than the letter date.</summary>
    public const string BeforeLetterDateCode = "notified-before-letter-date";

    /// <summary>Why <paramref name="notifiedOn"/> cannot be accepted as of <paramref name="today"/>, in <paramref name="text"/>'s language; null when it can.</summary>
    public static string? Problem(DateOnly? notifiedOn, DateOnly today, UiText text) =>
        notifiedOn is { } day && day > today ? text.Format("dates.notifiedInFuture", text.Date(day)) : null;

    /// <summary>
    /// <paramref name="report"/> when the notified date was fine; otherwise the report made without it
    /// (<paramref name="redo"/>), with a warning and a review reason saying why.
    /// </summary>
    public static FindingsReport Checked(FindingsReport report, Func<FindingsReport> redo, DateOnly? notifiedOn)
    {
        if (notifiedOn is not { } notified || report.Letter.Date is not { } letterDate || notified >= letterDate)
            return report;
        var without = redo();
        var iso = notified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var warning = CatalogueTexts.Default.Warnings[BeforeLetterDateCode];
        var message = warning.Fill(without.ReportLanguage, new Dictionary<string, string> { ["date"] = iso });
        return without with
        {
            Warnings = [.. without.Warnings, message],
            Review = ReviewInfo.Of([.. without.Review.Reasons, new ReviewReason(BeforeLetterDateCode, message, null)]),
        };
    }
}
