namespace Sujuva.Analytics.Flow;

/// <summary>
/// The allocation-free core of <see cref="CaseFlow"/>: one pass over a case's visits, blocks and
/// work, clipped to the case's end (close, or AsOf while open). Durations in ticks.
/// </summary>
internal readonly record struct CaseMeasure(
    bool Closed, DateTime End, DateTime? FirstWorking, long Working, long EffortMinutes, long Blocked, long Idle)
{
    public static CaseMeasure Of(CaseTimeline timeline, DateTime asOf, ref (long Start, long End)[] scratch)
    {
        var closedAt = timeline.ClosedAsOf(asOf);
        var closed = closedAt is not null;
        var end = closedAt ?? asOf;
        var needed = timeline.Visits.Count + timeline.Blocks.Count;
        if (scratch.Length < needed) scratch = new (long, long)[Math.Max(needed, scratch.Length * 2)];
        var idle = 0;
        long working = 0, blocked = 0, effort = 0;
        DateTime? firstWorking = null;
        foreach (var visit in timeline.Visits)
        {
            var (from, to) = Clip(visit.In, visit.Out, end);
            if (visit.Kind == StageKind.Working)
            {
                working += to - from;
                if (firstWorking is null && visit.In <= end) firstWorking = visit.In;
            }
            else scratch[idle++] = (from, to);
        }

        foreach (var block in timeline.Blocks)
        {
            var (from, to) = Clip(block.From, block.To, end);
            blocked += to - from;
            scratch[idle++] = (from, to);
        }

        foreach (var entry in timeline.Work) if (entry.At <= end) effort += entry.Minutes;
        return new CaseMeasure(closed, end, firstWorking, working, effort, blocked, Intervals.UnionLength(scratch.AsSpan(0, idle)));
    }

    /// <summary>An interval cut at the case's end; never negative.</summary>
    public static (long From, long To) Clip(DateTime from, DateTime? to, DateTime end)
    {
        var stop = to is { } t && t < end ? t.Ticks : end.Ticks;
        return (from.Ticks, Math.Max(from.Ticks, stop));
    }
}
