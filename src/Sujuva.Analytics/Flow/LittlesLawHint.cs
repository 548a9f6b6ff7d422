namespace Sujuva.Analytics.Flow;

/// <summary>
/// Little's law consistency hint (METRICS.md §2): mean time in system ≈ mean WIP / mean daily throughput
/// over a window. WIP counts cases from arrival, so the matching time is lead time; mean cycle time is
/// shown beside it. A hint only: it holds when arrivals ≈ departures and WIP is stable.
/// </summary>
public sealed record LittlesLawHint(
    double MeanWip, double MeanDailyThroughput, double? PredictedDays, double? MeanLeadTimeDays,
    double? MeanCycleTimeDays, int Arrivals, int Departures, bool LooksStable)
{
    public static LittlesLawHint Of(IReadOnlyList<CaseTimeline> cases, DateOnly from, DateOnly to, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var days = CumulativeFlow.Daily(cases, from, to, zone);
        if (days.Length == 0) return new(0, 0, null, null, null, 0, 0, false);
        var lo = DayCount.StartOfDayUtc(from, zone);
        var hi = DayCount.StartOfDayUtc(to.AddDays(1), zone);
        var closed = cases.Where(c => c.Closed is { } z && z >= lo && z < hi).ToList();
        var meanWip = days.Average(d => (double)d.Wip);
        var meanTh = (double)closed.Count / days.Length;
        var cycles = closed.Select(c => (c.Closed!.Value, Throughput.FirstWorking(c)))
            .Where(x => x.Item2 is not null).Select(x => DayCount.Elapsed(x.Item2!.Value, x.Value)).ToList();
        var arrivals = cases.Count(c => c.Arrival >= lo && c.Arrival < hi);
        var stable = closed.Count > 0 && Math.Abs(arrivals - closed.Count) <= 0.1 * closed.Count
                     && Math.Abs(days[^1].Wip - days[0].Wip) <= 0.2 * Math.Max(1, meanWip);
        return new LittlesLawHint(
            meanWip, meanTh, meanTh > 0 ? meanWip / meanTh : null,
            closed.Count > 0 ? closed.Average(c => DayCount.Elapsed(c.Arrival, c.Closed!.Value)) : null,
            cycles.Count > 0 ? cycles.Average() : null, arrivals, closed.Count, stable);
    }
}
