namespace Sujuva.Analytics.Flow;

/// <summary>
/// The dashboard's flow figures for a set of cases as of an instant: percentiles (flow rule) of
/// lead, queue and cycle time of closed cases in the named day convention, both portfolio
/// efficiencies, blocked time per reason, and mean time per stage per visiting case (Kanboard's rule).
/// </summary>
public sealed record FlowSummary(
    DayConvention Convention,
    int Closed,
    int Open,
    FlowPercentiles? LeadTime,
    FlowPercentiles? QueueTime,
    FlowPercentiles? CycleTime,
    PortfolioEfficiency Efficiency,
    IReadOnlyDictionary<string, double> BlockedDaysByReason,
    IReadOnlyDictionary<string, double> MeanDaysInStage)
{
    public static FlowSummary Of(
        IReadOnlyList<CaseTimeline> cases, DateTime asOf, DayConvention convention = DayConvention.InclusiveCalendarDays,
        TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var flows = new List<CaseFlow>(cases.Count);
        var lead = new List<double>();
        var queue = new List<double>();
        var cycle = new List<double>();
        var blocked = new Dictionary<string, double>(StringComparer.Ordinal);
        var stageDays = new Dictionary<string, (double Days, int Cases)>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (c.Arrival > asOf) continue;
            var f = CaseFlow.Of(c, asOf);
            flows.Add(f);
            foreach (var (reason, t) in f.BlockedByReason) blocked[reason] = blocked.GetValueOrDefault(reason) + t.TotalDays;
            foreach (var (stage, t) in f.TimeInStage)
            {
                var (d, n) = stageDays.GetValueOrDefault(stage);
                stageDays[stage] = (d + t.TotalDays, n + 1);
            }

            if (!f.IsClosed) continue;
            var z = c.Closed!.Value;
            lead.Add(DayCount.Of(convention, c.Arrival, z, zone));
            var firstWorking = f.FirstWorking ?? z;
            queue.Add(convention == DayConvention.ElapsedDays ? f.QueueTime.TotalDays : DayCount.InclusiveCalendarDays(c.Arrival, firstWorking, zone));
            if (f.FirstWorking is { } s) cycle.Add(DayCount.Of(convention, s, z, zone));
        }

        return new FlowSummary(convention, lead.Count, flows.Count - lead.Count,
            FlowPercentiles.Of([.. lead]), FlowPercentiles.Of([.. queue]), FlowPercentiles.Of([.. cycle]),
            PortfolioEfficiency.Of(flows), blocked, stageDays.ToDictionary(kv => kv.Key, kv => kv.Value.Days / kv.Value.Cases, StringComparer.Ordinal));
    }
}
