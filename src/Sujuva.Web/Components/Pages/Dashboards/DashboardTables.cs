using Microsoft.Extensions.Localization;
using Sujuva.Web.Components.Charts;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>The flow dashboard's chart data as tables: the text alternative and the CSV of each chart.</summary>
public sealed class DashboardTables(FlowDashboardView view, IStringLocalizer<Strings> t, StageLabels labels,
    Features.Cases.BlockReasonNames reasons)
{
    // Built once per view: the charts render again on every toggle and live update.
    private ChartTable? _scatter;
    private ChartTable? _cumulativeFlow;
    private ChartTable? _throughputDaily;
    private ChartTable? _throughputWeekly;
    private ChartTable? _aging;
    private ChartTable? _blocked;
    private ChartTable? _effort;
    private ChartTable? _valueStream;

    private string H(string key) => t[$"Dashboards.Col.{key}"];

    public ChartTable Scatter() => _scatter ??= new([H("ClosedOn"), H("LeadDays"), H("QueueDays"), H("CycleDays"), H("EffortMinutes")],
        [.. view.Closed.Select(p => (IReadOnlyList<object?>)[p.ClosedOn, p.LeadDays, p.QueueDays, p.CycleDays, p.EffortMinutes])]);

    public ChartTable CumulativeFlow() => _cumulativeFlow ??= new(
        [H("Day"), H("Arrivals"), H("Departures"), H("Wip"), .. view.Stages.Select(labels.Of)],
        [.. view.CumulativeFlow.Select(d => (IReadOnlyList<object?>)[d.Day, d.CumulativeArrivals, d.CumulativeDepartures, d.Wip,
            .. view.Stages.Select(s => (object?)d.PerStage.GetValueOrDefault(s))])]);

    public ChartTable ThroughputDaily() => _throughputDaily ??= new([H("Day"), H("Closed")],
        [.. view.Current.ThroughputPerDay.Select(d => (IReadOnlyList<object?>)[d.Day, d.Count])]);

    public ChartTable ThroughputWeekly() => _throughputWeekly ??= new([H("Week"), H("Closed")],
        [.. view.ThroughputPerWeek.Select(w => (IReadOnlyList<object?>)[$"{w.IsoYear}-W{w.IsoWeek:00}", w.Count])]);

    public ChartTable Aging() => _aging ??= new([H("Stage"), H("LeadAgeDays"), H("CycleAgeDays"), H("Pace")],
        [.. view.Aging.Items.OrderByDescending(i => i.LeadAgeInclusiveDays)
            .Select(i => (IReadOnlyList<object?>)[i.Stage is { } stage ? labels.Of(stage) : null, i.LeadAgeInclusiveDays, i.CycleAgeInclusiveDays, i.Pace])]);

    public ChartTable Blocked() => _blocked ??= new([H("Reason"), H("BlockedDays")],
        [.. view.Current.BlockedDaysByReason.OrderByDescending(kv => kv.Value).Select(kv => (IReadOnlyList<object?>)[reasons.Of(t, kv.Key), kv.Value])]);

    public ChartTable Effort() => _effort ??= new([H("Week"), H("Closed"), H("MeanEffortMinutes")],
        [.. view.EffortPerWeek.Select(w => (IReadOnlyList<object?>)[$"{w.IsoYear}-W{w.IsoWeek:00}", w.Cases, w.MeanMinutes])]);

    public ChartTable ValueStream() => _valueStream ??= new([H("Stage"), H("Cases"), H("StageDays"), H("EffortDays"), H("Leaving"), H("Rework"), H("CompleteAccurate")],
        [.. view.ValueStream.Steps.Select(s => (IReadOnlyList<object?>)[labels.Of(s.Stage), s.Cases, s.LeadTimeDays, s.ProcessTimeDays, s.Leaving, s.Rework, s.PercentCompleteAccurate])]);
}
