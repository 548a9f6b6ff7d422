using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Improvements;

/// <summary>The case measures of METRICS.md §11: one value per case.</summary>
public enum CaseMetric
{
    LeadTime,
    QueueTime,
    CycleTime,
    TimeInStage,
    Effort,
    FlowEfficiencyStages,
    FlowEfficiencyEffort,
}

/// <summary>
/// Each case's value of a case measure and the instant it counts at (METRICS.md §11): durations in elapsed days
/// (seconds / 86 400), effort in logged minutes, flow efficiencies as ratios. Lead, cycle and stage time, effort and
/// both efficiencies count at the close; queue time at the first entry into a working stage. A case without that
/// instant by asOf does not count yet, nor a case that never was in the named stage.
/// </summary>
public static class CaseValues
{
    private const double SecondsPerDay = 86_400;

    public static IEnumerable<CaseValue> Of(CaseMetric metric, IEnumerable<CaseTimeline> cases, DateTime asOf,
        Func<CaseTimeline, string> id, string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(id);
        if (metric == CaseMetric.TimeInStage && stage is null) throw new ArgumentNullException(nameof(stage));
        var scratch = Array.Empty<(long, long)>();
        foreach (var timeline in cases)
            if (Value(metric, timeline, asOf, stage, ref scratch) is { } v) yield return new CaseValue(id(timeline), v.Instant, v.Value);
    }

    // A chart of two years of a large service reads 20,000 cases per request: each metric walks only the parts of the
    // timeline it needs (the durations none of the work entries), and only the flow efficiencies use the whole CaseMeasure.
    private static (DateTime Instant, double Value)? Value(CaseMetric metric, CaseTimeline t, DateTime asOf, string? stage,
        ref (long, long)[] scratch)
    {
        var closed = t.Closed is { } c && c <= asOf;
        var end = closed ? t.Closed!.Value : asOf;
        if (metric == CaseMetric.QueueTime)
            return FirstWorking(t, end) is { } first ? (first, Days((first - t.Arrival).Ticks)) : null;
        if (!closed) return null;
        var lead = (end - t.Arrival).Ticks;
        switch (metric)
        {
            case CaseMetric.LeadTime: return (end, Days(lead));
            case CaseMetric.CycleTime: return FirstWorking(t, end) is { } first ? (end, Days((end - first).Ticks)) : null;
            case CaseMetric.TimeInStage: return InStage(t, end, stage!) is { } ticks ? (end, Days(ticks)) : null;
            case CaseMetric.Effort: return (end, EffortMinutes(t, end));
        }

        var m = CaseMeasure.Of(t, asOf, ref scratch);
        return metric == CaseMetric.FlowEfficiencyStages
            ? (end, Ratio(m.Working, lead))
            : (end, Ratio(TimeSpan.FromMinutes(m.EffortMinutes).Ticks, lead));
    }

    /// <summary>The first entry into a working stage by the end, as CaseMeasure counts it.</summary>
    private static DateTime? FirstWorking(CaseTimeline t, DateTime end)
    {
        foreach (var visit in t.Visits)
            if (visit.Kind == StageKind.Working && visit.In <= end) return visit.In;
        return null;
    }

    private static long EffortMinutes(CaseTimeline t, DateTime end)
    {
        long minutes = 0;
        foreach (var entry in t.Work) if (entry.At <= end) minutes += entry.Minutes;
        return minutes;
    }

    /// <summary>Ticks spent in the stage up to the end; null when the case never entered it.</summary>
    private static long? InStage(CaseTimeline t, DateTime end, string stage)
    {
        long? sum = null;
        foreach (var visit in t.Visits)
        {
            if (!string.Equals(visit.Stage, stage, StringComparison.Ordinal)) continue;
            var (from, to) = CaseMeasure.Clip(visit.In, visit.Out, end);
            sum = (sum ?? 0) + (to - from);
        }

        return sum;
    }

    private static double Days(long ticks) => ticks / (double)TimeSpan.TicksPerSecond / SecondsPerDay;

    // As CaseFlow: 0 for a zero lead time, never negative.
    private static double Ratio(long part, long whole) => whole <= 0 ? 0 : Math.Max(0, part / (double)whole);
}
