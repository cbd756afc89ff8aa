using System.Globalization;
using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// The report's open deadlines as an iCalendar file (RFC 5545) a person can import into any calendar: one all-day
/// event per open deadline, named after its next step, with what it counts from, and a reminder a week before (or
/// at once when the deadline is closer than that). Passed deadlines are left out: a reminder of them helps no one.
/// Written by hand (no package in Core); lines are folded at 75 octets and text escaped as the RFC says.
/// </summary>
public static class DeadlineCalendar
{
    /// <summary>The calendar for <paramref name="report"/> in <paramref name="view"/>'s language, counted to its day.</summary>
    /// <param name="stamp">DTSTAMP of every event: when the file was made.</param>
    /// <param name="reportUrl">A link back to the report, put in each event's description; null for none.</param>
    public static string Write(FindingsReport report, ReportView view, DateTimeOffset stamp, string? reportUrl = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var language = view.Language ?? UiText.DefaultFor(report);
        var text = UiText.For(language);
        var translated = ReportTranslator.To(report, language);
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//LetterParser//Deadlines//" + text.Code.ToUpperInvariant());
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        var n = 0;
        foreach (var step in translated.NextSteps)
        {
            foreach (var deadline in step.Deadlines.OrderBy(d => d.Date))
            {
                var daysLeft = DeadlineClock.DaysLeft(deadline, view.Today);
                if (!DeadlineClock.IsOpen(daysLeft))
                    continue;
                n++;
                var description = deadline.Basis + (reportUrl is null ? "" : "\n" + reportUrl) + "\n" + translated.Disclaimer;
                Line(ics, "BEGIN:VEVENT");
                // Stable per report, step and date, so importing the file again updates the events instead of doubling them.
                Line(ics, $"UID:{Uid(report, step, deadline)}@letterparser");
                Line(ics, "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
                Line(ics, "DTSTART;VALUE=DATE:" + Day(deadline.Date));
                Line(ics, "DTEND;VALUE=DATE:" + Day(deadline.Date.AddDays(1)));
                Line(ics, "SUMMARY:" + Escape(text.Format("calendar.summary", step.Title)));
                Line(ics, "DESCRIPTION:" + Escape(description));
                Line(ics, "TRANSP:TRANSPARENT");
                Line(ics, "BEGIN:VALARM");
                Line(ics, "ACTION:DISPLAY");
                Line(ics, "DESCRIPTION:" + Escape(text.Format("calendar.reminder", step.Title, text.Date(deadline.Date))));
                Line(ics, daysLeft is { } left && left < 7 ? "TRIGGER;RELATED=START:PT0S" : "TRIGGER;RELATED=START:-P7D");
                Line(ics, "END:VALARM");
                Line(ics, "END:VEVENT");
            }
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Uid(FindingsReport report, NextStep step, Deadline deadline)
    {
        var key = $"{report.Source.FileName}|{report.Letter.ApplicationNumber}|{step.Kind}|{deadline.Days}|{Day(deadline.Date)}";
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n.</summary>
    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").ReplaceLineEndings("\\n");

    /// <summary>A content line, folded so no line exceeds 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }
}
