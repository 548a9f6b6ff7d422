namespace Sujuva.Analytics.Flow;

/// <summary>
/// The two day-count conventions of METRICS.md §1. Every chart names the one it uses.
/// </summary>
public enum DayConvention
{
    /// <summary>(end − start) / 86 400 s, unrounded, as PM4Py and Kanboard.</summary>
    ElapsedDays,

    /// <summary>(date(end) − date(start)) + 1 in the local time zone, minimum 1, as ActionableAgile.</summary>
    InclusiveCalendarDays,
}

public static class DayCount
{
    /// <summary>Europe/Helsinki, the organisations' time zone; days are bucketed in it (DST-correct).</summary>
    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static double Elapsed(DateTime startUtc, DateTime endUtc) => (endUtc - startUtc).TotalSeconds / 86_400.0;

    public static int InclusiveCalendarDays(DateTime startUtc, DateTime endUtc, TimeZoneInfo? zone = null) =>
        LocalDate(endUtc, zone).DayNumber - LocalDate(startUtc, zone).DayNumber + 1;

    public static double Of(DayConvention convention, DateTime startUtc, DateTime endUtc, TimeZoneInfo? zone = null) =>
        convention == DayConvention.ElapsedDays ? Elapsed(startUtc, endUtc) : InclusiveCalendarDays(startUtc, endUtc, zone);

    /// <summary>The calendar day of a UTC instant in the zone (default Helsinki).</summary>
    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo? zone = null) => LocalDays.For(zone ?? Helsinki).Date(utc);

    /// <summary>The UTC instant at which the local day starts (local midnight, DST-aware).</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo? zone = null) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone ?? Helsinki);
}
