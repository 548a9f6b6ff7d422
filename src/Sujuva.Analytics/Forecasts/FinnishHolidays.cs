namespace Sujuva.Analytics.Forecasts;

/// <summary>
/// Days Finnish public services are closed, for a working-days-only forecast basis: the public
/// holidays (Holidays Act), plus Midsummer Eve and Christmas Eve, which are days off by custom
/// and collective agreements.
/// </summary>
public static class FinnishHolidays
{
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday);
        return
        [
            new(year, 1, 1),                                          // uudenvuodenpäivä
            new(year, 1, 6),                                          // loppiainen
            easter.AddDays(-2),                                       // pitkäperjantai
            easter,                                                   // pääsiäispäivä
            easter.AddDays(1),                                        // 2. pääsiäispäivä
            new(year, 5, 1),                                          // vappu
            easter.AddDays(39),                                       // helatorstai
            easter.AddDays(49),                                       // helluntaipäivä
            midsummerEve,                                             // juhannusaatto
            midsummerEve.AddDays(1),                                  // juhannuspäivä
            FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), // pyhäinpäivä
            new(year, 12, 6),                                         // itsenäisyyspäivä
            new(year, 12, 24),                                        // jouluaatto
            new(year, 12, 25),                                        // joulupäivä
            new(year, 12, 26),                                        // tapaninpäivä
        ];
    }

    public static IEnumerable<DateOnly> Between(DateOnly from, DateOnly to) =>
        Enumerable.Range(from.Year, to.Year - from.Year + 1).SelectMany(For).Where(d => d >= from && d <= to).Order();

    /// <summary>Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstOnOrAfter(DateOnly day, DayOfWeek weekday) =>
        day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);
}
