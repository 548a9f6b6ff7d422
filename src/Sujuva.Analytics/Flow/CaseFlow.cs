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
        var end = timeline.Closed is { } z && z <= asOf ? z : asOf;
        var closed = timeline.Closed is { } c && c <= asOf;
        var inStage = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var idle = new (long, long)[timeline.Visits.Count + timeline.Blocks.Count];
        var idleCount = 0;
        long working = 0;
        DateTime? firstWorking = null;
        foreach (var visit in timeline.Visits)
        {
            var (from, to) = Clip(visit.In, visit.Out, end);
            inStage[visit.Stage] = inStage.GetValueOrDefault(visit.Stage) + TimeSpan.FromTicks(to - from);
            if (visit.Kind == StageKind.Working)
            {
                working += to - from;
                if (firstWorking is null && visit.In <= end) firstWorking = visit.In;
            }
            else idle[idleCount++] = (from, to);
        }

        var byReason = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        long blocked = 0;
        foreach (var block in timeline.Blocks)
        {
            var (from, to) = Clip(block.From, block.To, end);
            blocked += to - from;
            byReason[block.Reason] = byReason.GetValueOrDefault(block.Reason) + TimeSpan.FromTicks(to - from);
            idle[idleCount++] = (from, to);
        }

        long effortMinutes = 0;
        foreach (var entry in timeline.Work) if (entry.At <= end) effortMinutes += entry.Minutes;
        var lead = end - timeline.Arrival;
        return new CaseFlow(
            timeline.CaseId, closed, lead, (firstWorking ?? end) - timeline.Arrival, firstWorking,
            closed && firstWorking is { } f ? end - f : null,
            inStage, TimeSpan.FromTicks(working), TimeSpan.FromMinutes(effortMinutes), TimeSpan.FromTicks(blocked), byReason,
            TimeSpan.FromTicks(Intervals.UnionLength(idle.AsSpan(0, idleCount))));
    }

    private static (long From, long To) Clip(DateTime from, DateTime? to, DateTime end)
    {
        var stop = to is { } t && t < end ? t.Ticks : end.Ticks;
        return (from.Ticks, Math.Max(from.Ticks, stop));
    }
}
