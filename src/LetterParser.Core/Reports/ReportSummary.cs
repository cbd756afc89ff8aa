using LetterParser.Core.Reports.Rendering;

namespace LetterParser.Core.Reports;

/// <summary>What a summary line is about, so a front end can style the one that matters (the deadline) apart.</summary>
public enum SummaryLineKind { Misrepresentation, Refusal, Deadline, Review, FirstAction }

/// <param name="Strong">Said loudly: misrepresentation, an urgent or passed deadline, a report to check.</param>
public sealed record SummaryLine(SummaryLineKind Kind, string Text, bool Strong);

/// <summary>
/// The box at the top of every report, answering "what do I do, by when": the refusal in one sentence, the nearest
/// open deadline with its date and days left, whether to check the report, and the first action; the
/// misrepresentation bar first when it applies. The page, the PDF, Markdown and the terminal all show these lines.
/// </summary>
public sealed record ReportSummary(string Heading, IReadOnlyList<SummaryLine> Lines, Triage Triage)
{
    /// <summary>The summary of a report already written in <paramref name="text"/>'s language.</summary>
    public static ReportSummary Of(FindingsReport report, DateOnly? today, UiText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        var triage = TriageOrder.Of(report, today);
        var lines = new List<SummaryLine>();
        if (!report.IsRefusalLetter)
        {
            lines.Add(new SummaryLine(SummaryLineKind.Refusal, text["summary.notARefusal"], false));
            AddDeadline(report, triage, text, lines);
            AddReview(report, text, lines);
            return new ReportSummary(text["summary.heading"], lines, triage);
        }

        if (triage.Misrepresentation)
            lines.Add(new SummaryLine(SummaryLineKind.Misrepresentation, text["summary.misrepresentation"], true));
        var grounds = report.Findings.Select(f => f.Title).ToList();
        lines.Add(new SummaryLine(SummaryLineKind.Refusal, grounds.Count == 0
            ? text.Format("summary.refusedNoReason", text.Permit(report.Letter.PermitType))
            : text.Format("summary.refused", text.Permit(report.Letter.PermitType), string.Join("; ", grounds)), false));
        AddDeadline(report, triage, text, lines);
        AddReview(report, text, lines);
        if (TriageOrder.StepsInOrder(report, today).FirstOrDefault() is { } first)
            lines.Add(new SummaryLine(SummaryLineKind.FirstAction, text.Format("summary.firstAction", first.Title), false));
        return new ReportSummary(text["summary.heading"], lines, triage);
    }

    private static void AddDeadline(FindingsReport report, Triage triage, UiText text, List<SummaryLine> lines)
    {
        switch (triage.Group)
        {
            case TriageGroup.OpenDeadline:
                lines.Add(new SummaryLine(SummaryLineKind.Deadline,
                    text.Format("summary.deadline", text.Date(triage.Deadline!.Date), triage.Step!.Title, text.DaysLeft(triage.DaysLeft)), triage.Urgent));
                break;
            case TriageGroup.DeadlinePassed:
                lines.Add(new SummaryLine(SummaryLineKind.Deadline, text.Format("summary.allPassed", text.Date(triage.Deadline!.Date)), true));
                break;
            default:
                if (report.IsRefusalLetter)
                    lines.Add(new SummaryLine(SummaryLineKind.Deadline, text["summary.noDeadline"], true));
                break;
        }
    }

    private static void AddReview(FindingsReport report, UiText text, List<SummaryLine> lines) =>
        lines.Add(report.Review.Needed
            ? new SummaryLine(SummaryLineKind.Review, text.Format("summary.review", string.Join("; ", report.Review.Reasons.Select(text.Review))), true)
            : new SummaryLine(SummaryLineKind.Review, text["summary.noReview"], false));
}
