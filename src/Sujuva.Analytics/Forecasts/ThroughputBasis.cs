using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Forecasts;

/// <summary>
/// The history a forecast draws from (METRICS.md §3): daily throughput over a window, zero days
/// included. With WorkingDaysOnly, weekends and the given holidays are dropped from the basis and
/// from the simulated calendar; charts must say so. Every result carries its basis.
/// </summary>
public sealed record ThroughputBasis
{
    private ThroughputBasis(DateOnly from, DateOnly to, int[] counts, bool workingDaysOnly, IReadOnlySet<DateOnly> holidays)
    {
        From = from;
        To = to;
        Counts = counts;
        WorkingDaysOnly = workingDaysOnly;
        Holidays = holidays;
    }

    /// <summary>First day of the window.</summary>
    public DateOnly From { get; }

    /// <summary>Last day of the window (inclusive).</summary>
    public DateOnly To { get; }

    /// <summary>The sampled days' counts, in day order (non-working days removed when WorkingDaysOnly).</summary>
    public IReadOnlyList<int> Counts { get; }

    public bool WorkingDaysOnly { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    public static ThroughputBasis Of(IReadOnlyList<DailyCount> days, bool workingDaysOnly = false, IEnumerable<DateOnly>? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var off = (holidays ?? []).ToHashSet();
        var kept = days.Where(d => !workingDaysOnly || IsWorkingDay(d.Day, off)).Select(d => d.Count).ToArray();
        var from = days.Count > 0 ? days.Min(d => d.Day) : default;
        var to = days.Count > 0 ? days.Max(d => d.Day) : default;
        return new ThroughputBasis(from, to, kept, workingDaysOnly, off);
    }

    /// <summary>True for a day the simulated calendar counts.</summary>
    public bool IsSimulatedDay(DateOnly day) => !WorkingDaysOnly || IsWorkingDay(day, Holidays);

    private static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
}
