namespace Sujuva.Analytics.Flow;

/// <summary>
/// One case's flow figures as of an instant (METRICS.md §2). An open case's times run to AsOf
/// and it has no cycle time; aggregates keep closed and open cases apart.
/// </summary>
public sealed record CaseFlow(
    string CaseId,
    bool IsClosed,
    TimeSpan LeadTime,
    TimeSpan QueueTime,
    DateTime? FirstWorking,
    TimeSpan? CycleTime,
    IReadOnlyDictionary<string, TimeSpan> TimeInStage,
    TimeSpan WorkingTime,
    TimeSpan Effort,
    TimeSpan BlockedTime,
    IReadOnlyDictionary<string, TimeSpan> BlockedByReason,
    TimeSpan IdleTime)
{
    /// <summary>FE (stages) = Σ working-stage time / lead time; 0 for a zero lead time.</summary>
    public double FlowEfficiencyByStages => Ratio(WorkingTime, LeadTime);

    /// <summary>FE (effort) = logged minutes · 60 s / lead time; 0 for a zero lead time.</summary>
    public double FlowEfficiencyByEffort => Ratio(Effort, LeadTime);

    /// <summary>Working-stage time that was not blocked, over lead time: idle (waiting ∪ blocked) counted once.</summary>
    public double FlowEfficiencyBlockedAsIdle => Ratio(LeadTime - IdleTime, LeadTime);

    private static double Ratio(TimeSpan part, TimeSpan whole) => whole <= TimeSpan.Zero ? 0 : Math.Max(0, part / whole);

    public static CaseFlow Of(CaseTimeline timeline, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var scratch = Array.Empty<(long, long)>();
        var m = CaseMeasure.Of(timeline, asOf, ref scratch);
        var inStage = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var visit in timeline.Visits)
        {
            var (from, to) = CaseMeasure.Clip(visit.In, visit.Out, m.End);
            inStage[visit.Stage] = inStage.GetValueOrDefault(visit.Stage) + TimeSpan.FromTicks(to - from);
        }

        var byReason = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var block in timeline.Blocks)
        {
            var (from, to) = CaseMeasure.Clip(block.From, block.To, m.End);
            byReason[block.Reason] = byReason.GetValueOrDefault(block.Reason) + TimeSpan.FromTicks(to - from);
        }

        return new CaseFlow(
            timeline.CaseId, m.Closed, m.End - timeline.Arrival, (m.FirstWorking ?? m.End) - timeline.Arrival, m.FirstWorking,
            m.Closed && m.FirstWorking is { } f ? m.End - f : null,
            inStage, TimeSpan.FromTicks(m.Working), TimeSpan.FromMinutes(m.EffortMinutes), TimeSpan.FromTicks(m.Blocked), byReason,
            TimeSpan.FromTicks(m.Idle));
    }
}
