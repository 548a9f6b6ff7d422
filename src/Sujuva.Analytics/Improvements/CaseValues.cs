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
        {
            var m = CaseMeasure.Of(timeline, asOf, ref scratch);
            if (Value(metric, timeline, m, stage) is { } v) yield return new CaseValue(id(timeline), v.Instant, v.Value);
        }
    }

    // The allocation-free CaseMeasure, not CaseFlow: a chart of two years of a large service reads 20,000 cases per request.
    private static (DateTime Instant, double Value)? Value(CaseMetric metric, CaseTimeline t, CaseMeasure m, string? stage)
    {
        if (metric == CaseMetric.QueueTime)
            return m.FirstWorking is { } first ? (first, Days((first - t.Arrival).Ticks)) : null;
        if (!m.Closed) return null;
        var lead = (m.End - t.Arrival).Ticks;
        return metric switch
        {
            CaseMetric.LeadTime => (m.End, Days(lead)),
            CaseMetric.CycleTime => m.FirstWorking is { } first ? (m.End, Days((m.End - first).Ticks)) : null,
            CaseMetric.TimeInStage => InStage(t, m.End, stage!) is { } ticks ? (m.End, Days(ticks)) : null,
            CaseMetric.Effort => (m.End, m.EffortMinutes),
            CaseMetric.FlowEfficiencyStages => (m.End, Ratio(m.Working, lead)),
            _ => (m.End, Ratio(TimeSpan.FromMinutes(m.EffortMinutes).Ticks, lead)),
        };
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
