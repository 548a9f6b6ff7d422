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

    /// <summary>Elapsed days with one decimal (METRICS.md §1, elapsed days).</summary>
    public static string Days(TimeSpan span) => span.TotalDays.ToString("0.0", CultureInfo.CurrentCulture);
}
