using System.Text.Json;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>Small formatting pieces the renderers share, so a CSV cell and a Markdown line say the same thing.</summary>
internal static class ReportText
{
    /// <summary>The enum value as the JSON contract spells it (kebab-case), e.g. <c>too-large</c>.</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string DaysLeft(int? daysLeft) => daysLeft switch
    {
        null => "days left unknown",
        < 0 => $"passed {-daysLeft} day{(daysLeft == -1 ? "" : "s")} ago",
        0 => "today is the last day",
        1 => "1 day left",
        _ => $"{daysLeft} days left",
    };

    public static string PermitType(PermitType type) => type switch
    {
        Reports.PermitType.WorkPermit => "work permit",
        Reports.PermitType.StudyPermit => "study permit",
        Reports.PermitType.VisitorVisa => "visitor visa",
        _ => "unknown",
    };

    public static string DecisionLocation(DecisionLocation location) => location switch
    {
        Reports.DecisionLocation.InsideCanada => "inside Canada",
        Reports.DecisionLocation.OutsideCanada => "outside Canada",
        _ => "unknown",
    };

    /// <summary>Next steps with urgent ones first, then by the earliest deadline; steps without dates keep their order last.</summary>
    public static IEnumerable<NextStep> UrgentFirst(IEnumerable<NextStep> steps) =>
        steps
            .Select((step, index) => (step, index))
            .OrderBy(x => x.step.Urgent ? 0 : 1)
            .ThenBy(x => x.step.Deadlines.Count == 0 ? DateOnly.MaxValue : x.step.Deadlines.Min(d => d.Date))
            .ThenBy(x => x.index)
            .Select(x => x.step);
}
