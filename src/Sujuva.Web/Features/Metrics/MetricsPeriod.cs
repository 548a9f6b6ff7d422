using System.Globalization;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// The period of a metrics, dashboard or export request in local days (yyyy-MM-dd): without to, today;
/// without from, <see cref="MetricsApi.DefaultDays"/> ending on to; at most <see cref="MetricsApi.MaxDays"/>.
/// </summary>
public readonly record struct MetricsPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Null and the period, or the refusal naming the field that makes no period.</summary>
    public static Refusal? TryParse(string? from, string? to, DateTime now, out MetricsPeriod period)
    {
        period = default;
        if (!TryDate(to, DayCount.LocalDate(now), out var last)) return BadDate("to");
        if (!TryDate(from, last.AddDays(1 - MetricsApi.DefaultDays), out var first)) return BadDate("from");
        if (first > last) return Refusal.Invalid("from", "Metrics.PeriodReversed", "from is on or before to.");
        if (last.DayNumber - first.DayNumber >= MetricsApi.MaxDays)
            return Refusal.Invalid("from", "Metrics.PeriodTooLong", $"A period is at most {MetricsApi.MaxDays} days.");
        period = new MetricsPeriod(first, last);
        return null;
    }

    /// <summary>
    /// A day written yyyy-MM-dd within the input contract's window (beyond it a period's arithmetic would
    /// overflow), or the fallback when no text is given.
    /// </summary>
    public static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return text is null
            || (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                && date >= InputRules.EarliestDate && date <= InputRules.LatestDate);
    }

    private static Refusal BadDate(string field) =>
        Refusal.Invalid(field, "Metrics.BadDate", string.Create(CultureInfo.InvariantCulture,
            $"{field} is a date from {InputRules.EarliestDate:yyyy-MM-dd} to {InputRules.LatestDate:yyyy-MM-dd}, written yyyy-MM-dd."));
}
