using System.Globalization;

namespace Sujuva.Web.Platform.Localisation;

/// <summary>Times are stored in UTC and shown in the organisation's zone, formatted per the user's culture.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Helsinki)
            .ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Elapsed days with one decimal (METRICS.md §1, elapsed days).</summary>
    public static string Days(TimeSpan span) => span.TotalDays.ToString("0.0", CultureInfo.CurrentCulture);
}
