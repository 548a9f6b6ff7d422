using System.Globalization;
using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>A closed case on the scatterplot: its close day and its times in inclusive calendar days.</summary>
public sealed record ClosedCasePoint(DateOnly ClosedOn, int LeadDays, int QueueDays, int? CycleDays, int EffortMinutes);

/// <summary>Mean logged effort of the cases closed in one ISO week (PRODUCT.md: work effort per case).</summary>
public sealed record WeeklyEffort(int IsoYear, int IsoWeek, int Cases, double MeanMinutes);

/// <summary>
/// Everything the flow dashboard draws for one scope and period, with the same figures for the
/// preceding period of equal length, so the two can be compared side by side.
/// </summary>
public sealed record FlowDashboardView(
    FlowMetricsView Current,
    FlowMetricsView Previous,
    IReadOnlyList<ClosedCasePoint> Closed,
    IReadOnlyList<CumulativeFlowDay> CumulativeFlow,
    IReadOnlyList<string> Stages,
    IReadOnlyDictionary<string, StageKind> StageKinds,
    IReadOnlyList<WeeklyCount> ThroughputPerWeek,
    AgingChart Aging,
    ValueStream ValueStream,
    IReadOnlyList<WeeklyEffort> EffortPerWeek)
{
    /// <summary>What the figures cover (the scope's label).</summary>
    public required FlowScopeCoverage Covers { get; init; }

    public static FlowDashboardView Of(LiveFlow flow, FlowScope scope, DateOnly from, DateOnly to, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(scope);
        var serviceId = scope.Kind == FlowScopeKind.Service && scope.Id is { } id ? new ServiceId(id) : (ServiceId?)null;
        var days = to.DayNumber - from.DayNumber + 1;
        var start = DayCount.StartOfDayUtc(from);
        var end = DayCount.StartOfDayUtc(to.AddDays(1));
        var cases = FlowReport.CasesIn(flow, scope.Services, start, end);
        var current = FlowReport.Of(flow, cases, scope.Services, serviceId, from, to, now);
        var previous = FlowReport.Of(flow, scope.Services, serviceId, from.AddDays(-days), from.AddDays(-1), now);
        var closed = cases.Where(c => c.Closed is { } z && z < end && z <= current.AsOf).Select(Point).OrderBy(p => p.ClosedOn).ToArray();
        var cfd = Sujuva.Analytics.Flow.CumulativeFlow.Daily(cases, from, to);
        var stages = scope.StageOrder.Where(s => cfd.Any(d => d.PerStage.ContainsKey(s)))
            .Concat(cfd.SelectMany(d => d.PerStage.Keys).Distinct(StringComparer.Ordinal).Where(s => !scope.StageOrder.Contains(s)))
            .ToArray();
        var handoffs = flow.Handoffs.Where(h => scope.Services is null || scope.Services.Contains(h.FromServiceId)).Select(h => h.Handoff);
        return new FlowDashboardView(current, previous, closed, cfd, stages, scope.StageKinds,
            Throughput.PerIsoWeek(WholeWeeks(current.ThroughputPerDay)), NeedToKnow(AgingChart.Of(cases, current.AsOf), flow, scope),
            ValueStream.Of(cases, stages, handoffs, current.AsOf), EffortByWeek(closed)) { Covers = scope.Covers };
    }

    /// <summary>
    /// The aging chart names its open cases; on the network scope a case of a service whose single cases the
    /// user may not see keeps its dot but not its id (empty).
    /// </summary>
    private static AgingChart NeedToKnow(AgingChart aging, LiveFlow flow, FlowScope scope)
    {
        if (scope.CaseDetail is not { } known || scope.Services is { } covered && covered.IsSubsetOf(known)) return aging;
        var shown = flow.CasesOf(known).Select(c => c.Timeline.CaseId).ToHashSet(StringComparer.Ordinal);
        return aging with { Items = [.. aging.Items.Select(i => shown.Contains(i.CaseId) ? i : i with { CaseId = "" })] };
    }

    /// <summary>
    /// The days of the ISO weeks (Monday to Sunday) that lie wholly in the period: a part week at either end
    /// has fewer days to count, so on the weekly run chart it would read as a drop and bend the median.
    /// </summary>
    private static IEnumerable<DailyCount> WholeWeeks(IReadOnlyList<DailyCount> days) =>
        days.GroupBy(d => (ISOWeek.GetYear(d.Day.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(d.Day.ToDateTime(TimeOnly.MinValue))))
            .Where(week => week.Count() == 7).SelectMany(week => week);

    private static ClosedCasePoint Point(CaseTimeline c)
    {
        var z = c.Closed!.Value;
        var first = Throughput.FirstWorking(c) is { } f && f <= z ? f : (DateTime?)null;
        return new ClosedCasePoint(DayCount.LocalDate(z), DayCount.InclusiveCalendarDays(c.Arrival, z),
            DayCount.InclusiveCalendarDays(c.Arrival, first ?? z), first is { } s ? DayCount.InclusiveCalendarDays(s, z) : null,
            c.Work.Where(w => w.At <= z).Sum(w => w.Minutes));
    }

    private static WeeklyEffort[] EffortByWeek(IEnumerable<ClosedCasePoint> closed) =>
    [.. closed
        .GroupBy(p => (Year: ISOWeek.GetYear(p.ClosedOn.ToDateTime(TimeOnly.MinValue)), Week: ISOWeek.GetWeekOfYear(p.ClosedOn.ToDateTime(TimeOnly.MinValue))))
        .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Week)
        .Select(g => new WeeklyEffort(g.Key.Year, g.Key.Week, g.Count(), g.Average(p => p.EffortMinutes)))];
}
