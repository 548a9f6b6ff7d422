using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Simulation;

/// <summary>
/// Office hours in Helsinki (Monday–Friday 8–16 local time, DST-aware): operations happen then.
/// </summary>
internal sealed class WorkingHours(TimeZoneInfo zone)
{
    private const int OpenHour = 8;
    private const int CloseHour = 16;
    private readonly LocalDays _clock = LocalDays.For(zone);

    /// <summary>The time itself when inside office hours, else the next opening plus up to two hours.</summary>
    public DateTime Snap(DateTime utc, SimRandom random)
    {
        var local = _clock.Local(utc);
        if (IsWorkday(local.DayOfWeek) && local.Hour >= OpenHour && local.Hour < CloseHour) return utc;
        var day = local.Hour >= CloseHour ? local.Date.AddDays(1) : local.Date;
        while (!IsWorkday(day.DayOfWeek)) day = day.AddDays(1);
        return _clock.Utc(day.AddHours(OpenHour).AddMinutes(random.Next(120)));
    }

    /// <summary>The given local time of day on the first workday on or after the day of utc.</summary>
    public DateTime At(DateTime utc, int hour)
    {
        var day = _clock.Local(utc).Date;
        while (!IsWorkday(day.DayOfWeek)) day = day.AddDays(1);
        return _clock.Utc(day.AddHours(hour));
    }

    public DayOfWeek LocalDay(DateTime utc) => _clock.Local(utc).DayOfWeek;

    private static bool IsWorkday(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
