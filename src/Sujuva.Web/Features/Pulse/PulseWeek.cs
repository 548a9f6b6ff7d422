using System.Globalization;
using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Pulse;

/// <summary>An ISO 8601 week in Finnish local time; a week belongs to the month of its Thursday (as ISO years do).</summary>
public readonly record struct PulseWeek(int Year, int Week)
{
    public static PulseWeek Of(DateTime utc)
    {
        var day = DayCount.LocalDate(utc).ToDateTime(TimeOnly.MinValue);
        return new(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    public DateOnly Thursday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Thursday));

    /// <summary>The weeks whose Thursday falls in the month: months never share a week, so periods never overlap.</summary>
    public static IReadOnlyList<PulseWeek> InMonth(int year, int month)
    {
        var weeks = new List<PulseWeek>();
        var first = new DateOnly(year, month, 1);
        for (var day = first; day.Month == month; day = day.AddDays(1))
            if (day.DayOfWeek == DayOfWeek.Thursday)
                weeks.Add(Of(DayCount.StartOfDayUtc(day).AddHours(12)));
        return weeks;
    }

    public override string ToString() => $"{Year}-W{Week:00}";
}
