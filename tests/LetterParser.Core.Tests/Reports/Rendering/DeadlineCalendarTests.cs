using Ical.Net;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reports.Rendering;

public class DeadlineCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2024, 4, 1, 12, 0, 0, TimeSpan.Zero);

    private static FindingsReport InCanadaWithTwoDeadlines() =>
        ReportBuilder.Refusal() with
        {
            NextSteps =
            [
                new NextStep(NextStepKind.JudicialReview, "Ask the Federal Court, to review; the decision", "JR.",
                    [new Deadline(new DateOnly(2024, 4, 3), 15, "15 days after the letter date", 2)], true),
                new NextStep(NextStepKind.Restoration, "Restore your status", "Restore.",
                    [new Deadline(new DateOnly(2024, 6, 16), 90, "90 days after the letter date", 76)], false),
            ],
        };

    [Fact]
    public void EachOpenDeadlineIsAnAllDayEventWithAReminderAWeekBefore()
    {
        var ics = DeadlineCalendar.Write(InCanadaWithTwoDeadlines(), new ReportView(ReportLanguage.En, new DateOnly(2024, 4, 1)), Stamp, "https://example.test/letters/x");

        var calendar = Calendar.Load(ics)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal(new DateOnly(2024, 4, 3), events[0].DtStart!.Date);
        Assert.Equal("Deadline: Ask the Federal Court, to review; the decision", events[0].Summary);
        Assert.Contains("15 days after the letter date", events[0].Description);
        Assert.Contains("https://example.test/letters/x", events[0].Description);
        // Two days left: a week-before reminder would be in the past, so it fires at once.
        Assert.Equal("P0D", events[0].Alarms.Single().Trigger!.Duration.ToString());
        Assert.Equal("-P7D", events[1].Alarms.Single().Trigger!.Duration.ToString());
    }

    [Fact]
    public void PassedDeadlinesAreLeftOut()
    {
        var ics = DeadlineCalendar.Write(InCanadaWithTwoDeadlines(), new ReportView(Today: new DateOnly(2024, 5, 1)), Stamp);

        var only = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(new DateOnly(2024, 6, 16), only.DtStart!.Date);
    }

    [Fact]
    public void LinesAreFoldedAt75OctetsAndEndWithCrLf()
    {
        var report = InCanadaWithTwoDeadlines() with { Disclaimer = new string('é', 200) };

        var ics = DeadlineCalendar.Write(report, ReportView.Default, Stamp);

        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(new string('é', 200), Calendar.Load(ics)!.Events.First().Description);
    }

    [Fact]
    public void AFrenchReportGivesAFrenchCalendar()
    {
        var ics = DeadlineCalendar.Write(ReportBuilder.Refusal().InFrench(), ReportView.Default, Stamp);

        Assert.StartsWith("Délai : ", Assert.Single(Calendar.Load(ics)!.Events).Summary);
    }
}
