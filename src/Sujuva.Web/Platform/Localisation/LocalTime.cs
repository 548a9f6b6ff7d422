using System.Globalization;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>Times are stored in UTC and shown in the organisation's zone, formatted per the user's culture.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static string Format(DateTime utc) => InFinland(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The wall-clock time in Finland of a UTC instant.</summary>
    public static DateTime InFinland(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Helsinki);

    /// <summary>
    /// A session's time in Finnish time and the reader's culture: "ti 24.3. 10.00–11.00", with the year
    /// ("ti 24.3.2026 10.00–11.00") where the reader may keep it for later, as on the client's own page.
    /// </summary>
    public static string Span(DateTime startUtc, DateTime endUtc, bool withYear = false)
    {
        var culture = CultureInfo.CurrentCulture;
        var (start, end) = (InFinland(startUtc), InFinland(endUtc));
        var year = withYear ? start.Year.ToString(CultureInfo.InvariantCulture) : "";
        return $"{start.ToString("ddd", culture)} {start.Day}.{start.Month}.{year} {start.ToString("t", culture)}–{end.ToString("t", culture)}";
    }

    /// <summary>Elapsed days with one decimal (METRICS.md §1, elapsed days).</summary>
    public static string Days(TimeSpan span) => span.TotalDays.ToString("0.0", CultureInfo.CurrentCulture);
}
