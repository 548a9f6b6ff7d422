using PublicHoliday;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Working days in Finland: Monday to Friday, not a public holiday, nor Midsummer Eve or Christmas Eve (municipal
/// offices close on both by collective agreement). The one place that asks the holiday library.
/// </summary>
public static class FinnishWorkingDays
{
    private static readonly FinlandPublicHoliday Holidays = new(includeNonOfficialHolidays: true);

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !Holidays.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));

    /// <summary>The day itself when it is a working day, else the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }
}
