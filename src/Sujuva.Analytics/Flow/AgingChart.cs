namespace Sujuva.Analytics.Flow;

/// <summary>
/// An open case on the aging chart (METRICS.md §2): x = current stage, y = age. Lead-time age runs
/// from arrival, cycle age from the first working-stage entry (null before it). Pace is the share (%)
/// of completed cycle times, in inclusive calendar days, that are at or below the cycle age.
/// </summary>
public sealed record AgingItem(
    string CaseId,
    string? Stage,
    double LeadAgeElapsedDays,
    int LeadAgeInclusiveDays,
    double? CycleAgeElapsedDays,
    int? CycleAgeInclusiveDays,
    double? Pace);

/// <summary>The aging chart: open items plus the cycle-time bands of completed cases (inclusive calendar days).</summary>
public sealed record AgingChart(IReadOnlyList<AgingItem> Items, FlowPercentiles? CycleTimeBands)
{
    public const DayConvention BandConvention = DayConvention.InclusiveCalendarDays;

    public static AgingChart Of(IReadOnlyList<CaseTimeline> cases, DateTime asOf, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var completed = new List<double>();
        foreach (var c in cases)
            if (c.Closed is { } z && z <= asOf && Throughput.FirstWorking(c) is { } f)
                completed.Add(DayCount.InclusiveCalendarDays(f, z, zone));
        completed.Sort();

        var items = new List<AgingItem>();
        foreach (var c in cases)
        {
            if (c.Arrival > asOf || c.Closed is { } z && z <= asOf) continue;
            var first = Throughput.FirstWorking(c) is { } f && f <= asOf ? f : (DateTime?)null;
            int? cycleDays = first is { } s ? DayCount.InclusiveCalendarDays(s, asOf, zone) : null;
            items.Add(new AgingItem(
                c.CaseId, CurrentStage(c, asOf),
                DayCount.Elapsed(c.Arrival, asOf), DayCount.InclusiveCalendarDays(c.Arrival, asOf, zone),
                first is { } e ? DayCount.Elapsed(e, asOf) : null, cycleDays,
                cycleDays is { } d && completed.Count > 0 ? Percentiles.Rank(completed, d) : null));
        }

        return new AgingChart(items, FlowPercentiles.FromSorted(completed));
    }

    private static string? CurrentStage(CaseTimeline c, DateTime asOf)
    {
        string? stage = null;
        foreach (var v in c.Visits) if (v.In <= asOf) stage = v.Stage;
        return stage;
    }
}
