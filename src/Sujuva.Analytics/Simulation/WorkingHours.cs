namespace Sujuva.Analytics.Simulation;

/// <summary>
/// Office hours in Helsinki (Monday–Friday 8–16 local time, DST-aware): operations happen then.
/// </summary>
internal sealed class WorkingHours(TimeZoneInfo zone)
{
    private const int OpenHour = 8;
    private const int CloseHour = 16;

    /// <summary>The time itself when inside office hours, else the next opening plus up to two hours.</summary>
    public DateTime Snap(DateTime utc, SimRandom random)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        if (IsWorkday(local.DayOfWeek) && local.Hour >= OpenHour && local.Hour < CloseHour) return utc;
        var day = local.Hour >= CloseHour ? local.Date.AddDays(1) : local.Date;
        while (!IsWorkday(day.DayOfWeek)) day = day.AddDays(1);
        var opening = day.AddHours(OpenHour).AddMinutes(random.Next(120));
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(opening, DateTimeKind.Unspecified), zone);
    }

    /// <summary>The given local time of day on the first workday on or after the day of utc.</summary>
    public DateTime At(DateTime utc, int hour)
    {
        var day = TimeZoneInfo.ConvertTimeFromUtc(utc, zone).Date;
        while (!IsWorkday(day.DayOfWeek)) day = day.AddDays(1);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.AddHours(hour), DateTimeKind.Unspecified), zone);
    }

    public DayOfWeek LocalDay(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).DayOfWeek;

    private static bool IsWorkday(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
