using LetterParser.Core.Reports;
using LetterParser.Web.Storage;

namespace LetterParser.Web.Pages;

/// <summary>Plain-English wording for report values shown on the pages.</summary>
public static class ReportText
{
    public static string Permit(PermitType type) => type switch
    {
        PermitType.WorkPermit => "work permit",
        PermitType.StudyPermit => "study permit",
        PermitType.VisitorVisa => "visitor visa",
        _ => "not stated",
    };

    public static string Location(DecisionLocation location) => location switch
    {
        DecisionLocation.InsideCanada => "inside Canada",
        DecisionLocation.OutsideCanada => "outside Canada (a visa office abroad)",
        _ => "not clear from the letter",
    };

    public static string Status(LetterStatus status) => status switch
    {
        LetterStatus.Queued => "waiting",
        LetterStatus.Processing => "reading",
        LetterStatus.Completed => "done",
        _ => "could not be read",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"12 days left", "last day today", "passed 3 days ago".</summary>
    public static string DaysLeft(int days) => days switch
    {
        > 1 => $"{days} days left",
        1 => "1 day left",
        0 => "last day is today",
        -1 => "passed yesterday",
        _ => $"passed {-days} days ago",
    };

    public static string Confidence(double confidence) => confidence switch
    {
        >= 0.85 => "clear match",
        >= 0.6 => "likely match",
        _ => "uncertain match: check the letter's wording",
    };
}
