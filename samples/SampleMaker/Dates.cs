using System.Globalization;

namespace SampleMaker;

public static class Dates
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Format(DateOnly d, DateStyle style)
    {
        var english = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
        var frenchDay = d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            DateStyle.MonthDayYear => $"{english} {d.Day}, {d.Year}",
            DateStyle.Iso => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateStyle.DayMonthYear => $"{d.Day} {english} {d.Year}",
            DateStyle.FrenchDayMonthYear => $"{frenchDay} {FrenchMonths[d.Month - 1]} {d.Year}",
            DateStyle.FrenchLe => $"le {frenchDay} {FrenchMonths[d.Month - 1]} {d.Year}",
            _ => throw new ArgumentOutOfRangeException(nameof(style)),
        };
    }
}
