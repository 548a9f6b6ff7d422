namespace Sujuva.Analytics.Flow;

/// <summary>
/// The dashboard's flow figures for a set of cases as of an instant: percentiles (flow rule) of
/// lead, queue and cycle time of closed cases in the named day convention, both portfolio
/// efficiencies, blocked time per reason, and mean time per stage per visiting case (Kanboard's rule).
/// One pass with no allocation per case, so 100,000 cases take a fraction of a second.
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
        var (lead, queue, cycle) = (new List<double>(), new List<double>(), new List<double>());
        var blocked = new Dictionary<string, long>(StringComparer.Ordinal);
        var stages = new Dictionary<string, (long Ticks, int Cases)>(StringComparer.Ordinal);
        var scratch = new (long, long)[16];
        long leadTicks = 0, workingTicks = 0, effortMinutes = 0;
        double sumStages = 0, sumEffort = 0;
        var open = 0;
        foreach (var c in cases)
        {
            if (c.Arrival > asOf) continue;
            var m = CaseMeasure.Of(c, asOf, ref scratch);
            AddStages(c, m.End, stages);
            foreach (var b in c.Blocks)
            {
                var (from, to) = CaseMeasure.Clip(b.From, b.To, m.End);
                blocked[b.Reason] = blocked.GetValueOrDefault(b.Reason) + (to - from);
            }

            if (!m.Closed) { open++; continue; }
            var caseLead = (m.End - c.Arrival).Ticks;
            (leadTicks, workingTicks, effortMinutes) = (leadTicks + caseLead, workingTicks + m.Working, effortMinutes + m.EffortMinutes);
            if (caseLead > 0) (sumStages, sumEffort) = (sumStages + (double)m.Working / caseLead, sumEffort + (double)m.EffortMinutes * TimeSpan.TicksPerMinute / caseLead);
            lead.Add(DayCount.Of(convention, c.Arrival, m.End, zone));
            queue.Add(DayCount.Of(convention, c.Arrival, m.FirstWorking ?? m.End, zone));
            if (m.FirstWorking is { } s) cycle.Add(DayCount.Of(convention, s, m.End, zone));
        }

        var n = lead.Count;
        var efficiency = n == 0 || leadTicks == 0 ? new PortfolioEfficiency(n, 0, 0, 0, 0)
            : new PortfolioEfficiency(n, (double)workingTicks / leadTicks, sumStages / n,
                (double)effortMinutes * TimeSpan.TicksPerMinute / leadTicks, sumEffort / n);
        return new FlowSummary(convention, n, open, FlowPercentiles.Of([.. lead]), FlowPercentiles.Of([.. queue]),
            FlowPercentiles.Of([.. cycle]), efficiency,
            blocked.ToDictionary(kv => kv.Key, kv => kv.Value / (double)TimeSpan.TicksPerDay, StringComparer.Ordinal),
            stages.ToDictionary(kv => kv.Key, kv => kv.Value.Ticks / (double)TimeSpan.TicksPerDay / kv.Value.Cases, StringComparer.Ordinal));
    }

    private static void AddStages(CaseTimeline c, DateTime end, Dictionary<string, (long Ticks, int Cases)> stages)
    {
        for (var i = 0; i < c.Visits.Count; i++)
        {
            var v = c.Visits[i];
            var (from, to) = CaseMeasure.Clip(v.In, v.Out, end);
            var firstVisit = true;
            for (var j = 0; j < i && firstVisit; j++) firstVisit = !string.Equals(c.Visits[j].Stage, v.Stage, StringComparison.Ordinal);
            var (ticks, count) = stages.GetValueOrDefault(v.Stage);
            stages[v.Stage] = (ticks + to - from, count + (firstVisit ? 1 : 0));
        }
    }
}
