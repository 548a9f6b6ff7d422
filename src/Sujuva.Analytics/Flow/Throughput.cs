using System.Globalization;

namespace Sujuva.Analytics.Flow;

public readonly record struct DailyCount(DateOnly Day, int Count);

public readonly record struct WeeklyCount(int IsoYear, int IsoWeek, int Count);

/// <summary>
/// TH(d) = number of cases with date(z) = d, local days, zero days included (METRICS.md §2);
/// start throughput counts first working-stage entries instead, the basis of the wait forecast (§3).
/// </summary>
public static class Throughput
{
    public static DailyCount[] ClosedPerDay(IEnumerable<CaseTimeline> cases, DateOnly from, DateOnly to, TimeZoneInfo? zone = null) =>
        PerDay(cases.Select(c => c.Closed), from, to, zone);

    public static DailyCount[] StartsPerDay(IEnumerable<CaseTimeline> cases, DateOnly from, DateOnly to, TimeZoneInfo? zone = null) =>
        PerDay(cases.Select(FirstWorking), from, to, zone);

    /// <summary>Counts instants per local day over [from, to], every day present.</summary>
    public static DailyCount[] PerDay(IEnumerable<DateTime?> instants, DateOnly from, DateOnly to, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(instants);
        if (to < from) return [];
        var counts = new int[to.DayNumber - from.DayNumber + 1];
        var lo = DayCount.StartOfDayUtc(from, zone);
        var hi = DayCount.StartOfDayUtc(to.AddDays(1), zone);
        foreach (var instant in instants)
        {
            if (instant is not { } t || t < lo || t >= hi) continue;
            counts[DayCount.LocalDate(t, zone).DayNumber - from.DayNumber]++;
        }

        return counts.Select((n, i) => new DailyCount(from.AddDays(i), n)).ToArray();
    }

    /// <summary>Sums daily counts into ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday).</summary>
    public static WeeklyCount[] PerIsoWeek(IEnumerable<DailyCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days
            .GroupBy(d => (Year: ISOWeek.GetYear(d.Day.ToDateTime(TimeOnly.MinValue)), Week: ISOWeek.GetWeekOfYear(d.Day.ToDateTime(TimeOnly.MinValue))))
            .Select(g => new WeeklyCount(g.Key.Year, g.Key.Week, g.Sum(d => d.Count)))
            .OrderBy(w => w.IsoYear).ThenBy(w => w.IsoWeek)
            .ToArray();
    }

    /// <summary>A case's first entry into a working stage (its start), or null before it has one.</summary>
    public static DateTime? FirstWorking(CaseTimeline timeline) => FirstWorkingAfter(timeline, DateTime.MinValue);

    /// <summary>The first working-stage entry at or after a time, e.g. after a referral was accepted.</summary>
    public static DateTime? FirstWorkingAfter(CaseTimeline timeline, DateTime notBefore)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        foreach (var visit in timeline.Visits)
            if (visit.Kind == StageKind.Working && visit.In >= notBefore) return visit.In;
        return null;
    }
}
