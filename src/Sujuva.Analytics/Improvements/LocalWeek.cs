using System.Globalization;
using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Improvements;

/// <summary>
/// An ISO 8601 week in Europe/Helsinki, Monday 00:00 to the next Monday 00:00 local time (METRICS.md §11). Its
/// instants are in UTC, so a week across a daylight-saving change is 167 or 169 hours long, and a case at Sunday
/// 23:30 local lands in the week it was lived in, whatever its UTC date.
/// </summary>
public readonly record struct LocalWeek(DateOnly Monday)
{
    /// <summary>The ISO label the API and the CSV show, e.g. "2026-W05" (ISO week-numbering year, two-digit week).</summary>
    public string Label
    {
        get
        {
            var day = Monday.ToDateTime(TimeOnly.MinValue);
            return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
        }
    }

    public DateTime StartUtc => DayCount.StartOfDayUtc(Monday);

    public DateTime EndUtc => DayCount.StartOfDayUtc(Monday.AddDays(7));

    public LocalWeek Next => new(Monday.AddDays(7));

    /// <summary>The week that holds a local calendar day.</summary>
    public static LocalWeek Of(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));

    /// <summary>The week that holds a UTC instant, by its Helsinki calendar day.</summary>
    public static LocalWeek Containing(DateTime utc) => Of(DayCount.LocalDate(utc));

    /// <summary>The whole weeks inside [fromUtc, toUtc): a week that starts before the period or ends after it is left out.</summary>
    public static IEnumerable<LocalWeek> Within(DateTime fromUtc, DateTime toUtc)
    {
        var week = Containing(fromUtc);
        if (week.StartUtc < fromUtc) week = week.Next;
        for (; week.EndUtc <= toUtc; week = week.Next) yield return week;
    }
}
