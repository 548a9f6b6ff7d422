using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Exports;

/// <summary>An export's period in local days (yyyy-MM-dd); without from, the default metrics period ending on to.</summary>
public readonly record struct ExportPeriod(DateOnly From, DateOnly To)
{
    public static ExportPeriod? Parse(string? from, string? to, DateTime now)
    {
        if (!TryDate(to, DayCount.LocalDate(now), out var last) || !TryDate(from, last.AddDays(1 - MetricsApi.DefaultDays), out var first)) return null;
        return first > last || last.DayNumber - first.DayNumber >= MetricsApi.MaxDays ? null : new ExportPeriod(first, last);
    }

    public static ProblemHttpResult Problem(string? from, string? to, DateTime now) =>
        !TryDate(to, default, out _) ? Problems.BadField("to", "Metrics.BadDate", "to is a date written yyyy-MM-dd.")
        : !TryDate(from, default, out _) ? Problems.BadField("from", "Metrics.BadDate", "from is a date written yyyy-MM-dd.")
        : Problems.BadField("from", "Metrics.PeriodReversed", $"from is on or before to, and the period at most {MetricsApi.MaxDays} days.");

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
