using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;

namespace Sujuva.Web.Features.StandUp;

/// <summary>Working days in Finland: Monday to Friday except public holidays, in Helsinki time.</summary>
public static class WorkingDays
{
    /// <summary>
    /// The start (UTC) of the working day before today's local date: on a Monday, Friday's start, so
    /// the stand-up also shows what happened over the weekend.
    /// </summary>
    public static DateTime StartOfPrevious(DateTime nowUtc)
    {
        var day = DayCount.LocalDate(nowUtc).AddDays(-1);
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return DayCount.StartOfDayUtc(day);
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FinnishHolidays.For(day.Year).Contains(day);
}
