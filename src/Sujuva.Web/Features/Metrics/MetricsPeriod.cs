using System.Globalization;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// The period of a metrics, dashboard, feedback or export request in local days (yyyy-MM-dd), both ends
/// included: without to, today; without from, a default number of days ending on to (the API's
/// <see cref="MetricsApi.DefaultDays"/> unless the feature has its own); at most <see cref="MetricsApi.MaxDays"/>.
/// An API answers 400 naming the field (<see cref="TryParse"/>); a page shows the nearest period (<see cref="ForPage"/>).
/// </summary>
public readonly record struct MetricsPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The dashboard pages open on a quarter: three of the API's default months.</summary>
    public const int PageDays = 3 * MetricsApi.DefaultDays;

    /// <summary>Null and the period, or the refusal naming the field that makes no period.</summary>
    public static Refusal? TryParse(string? from, string? to, DateTime now, out MetricsPeriod period,
        int defaultDays = MetricsApi.DefaultDays)
    {
        period = default;
        if (!TryDate(to, DayCount.LocalDate(now), out var last)) return BadDate("to");
        if (!TryDate(from, last.AddDays(1 - defaultDays), out var first)) return BadDate("from");
        if (first > last) return Refusal.Invalid("from", "Metrics.PeriodReversed", "from is on or before to.");
        if (last.DayNumber - first.DayNumber >= MetricsApi.MaxDays)
            return Refusal.Invalid("from", "Metrics.PeriodTooLong", $"A period is at most {MetricsApi.MaxDays} days.");
        period = new MetricsPeriod(first, last);
        return null;
    }

    /// <summary>
    /// The period a page shows for the dates in its address or its date inputs. A page cannot answer 400, so it
    /// reads them leniently: a date that is not one counts as not given, a reversed period is turned round,
    /// and a period longer than <see cref="MetricsApi.MaxDays"/> keeps its last days.
    /// </summary>
    public static MetricsPeriod ForPage(string? from, string? to, DateOnly today, int defaultDays = PageDays)
    {
        var last = TryDate(to, today, out var t) ? t : today;
        var fallback = last.AddDays(1 - defaultDays);
        return ForPage(TryDate(from, fallback, out var f) ? f : fallback, last);
    }

    /// <summary>The period of two chosen days, read as leniently as <see cref="ForPage(string?, string?, DateOnly, int)"/>.</summary>
    public static MetricsPeriod ForPage(DateOnly from, DateOnly to)
    {
        if (from > to) (from, to) = (to, from);
        if (to.DayNumber - from.DayNumber >= MetricsApi.MaxDays) from = to.AddDays(1 - MetricsApi.MaxDays);
        return new MetricsPeriod(from, to);
    }

    /// <summary>
    /// The last full calendar month before today's: what monthly results (the pulse) open on, since the current
    /// month is still filling up (on the 2nd its results would be a day's answers).
    /// </summary>
    public static MetricsPeriod LastFullMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new MetricsPeriod(first, first.AddMonths(1).AddDays(-1));
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
