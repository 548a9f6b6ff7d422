using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Web.Features.Improvements;

/// <summary>What each kind of measure is: its unit, how it is charted by default and which way is better.</summary>
public static class MeasureKinds
{
    /// <summary>One value per case (or per referral), counted at an instant (METRICS.md §11).</summary>
    public static bool IsCaseMeasure(MeasureKind kind) => kind is not (MeasureKind.Throughput or MeasureKind.Arrivals
        or MeasureKind.Wip or MeasureKind.Csat or MeasureKind.MeanRating or MeasureKind.NoShowRate or MeasureKind.SessionCsat);

    /// <summary>Weekly proportions (METRICS.md §11): CSAT, the coaching sessions' no-show rate and their CSAT, drawn only as P charts.</summary>
    public static bool IsProportion(MeasureKind kind) => kind is MeasureKind.Csat or MeasureKind.NoShowRate or MeasureKind.SessionCsat;

    public static bool IsCount(MeasureKind kind) => kind is MeasureKind.Throughput or MeasureKind.Arrivals or MeasureKind.Wip;

    /// <summary>"days", "minutes", "ratio", "cases", "share" or "rating": the API's unit.</summary>
    public static string Unit(MeasureKind kind) => kind switch
    {
        MeasureKind.Effort => "minutes",
        MeasureKind.FlowEfficiencyStages or MeasureKind.FlowEfficiencyEffort => "ratio",
        MeasureKind.Throughput or MeasureKind.Arrivals or MeasureKind.Wip => "cases",
        _ when IsProportion(kind) => "share",
        MeasureKind.MeanRating => "rating",
        _ => "days",
    };

    /// <summary>
    /// Durations, waits and effort are better lower; throughput, efficiencies and satisfaction (session CSAT too) higher;
    /// arrivals, WIP and the no-show rate lower.
    /// </summary>
    public static Better DefaultBetter(MeasureKind kind) => kind switch
    {
        MeasureKind.FlowEfficiencyStages or MeasureKind.FlowEfficiencyEffort or MeasureKind.Throughput
            or MeasureKind.Csat or MeasureKind.MeanRating or MeasureKind.SessionCsat => Better.Higher,
        _ => Better.Lower,
    };

    /// <summary>The run chart of weekly medians for case measures (the default), P for the proportions, I for the mean rating.</summary>
    public static ChartKind DefaultChart(MeasureKind kind) => kind switch
    {
        _ when IsProportion(kind) => ChartKind.P,
        MeasureKind.MeanRating => ChartKind.I,
        _ => ChartKind.Run,
    };

    /// <summary>
    /// The charts a kind may be drawn as: case measures as a run chart of weekly medians or an I chart of the cases;
    /// counts as a run or I chart; the proportions (CSAT, no-show rate, session CSAT) only as a P chart; the mean rating
    /// as an I or run chart.
    /// </summary>
    public static bool Allows(MeasureKind kind, ChartKind chart) => kind switch
    {
        _ when IsProportion(kind) => chart == ChartKind.P,
        _ => chart is ChartKind.Run or ChartKind.I,
    };

    public static Aggregation AggregationOf(MeasureKind kind, ChartKind chart) => kind switch
    {
        _ when IsProportion(kind) => Aggregation.WeeklyProportion,
        MeasureKind.MeanRating => Aggregation.WeeklyMean,
        _ when IsCount(kind) => Aggregation.WeeklyCount,
        _ => chart == ChartKind.I ? Aggregation.Individuals : Aggregation.WeeklyMedian,
    };

    /// <summary>Handoff waits are measured on a pair of organisations and nothing else is.</summary>
    public static bool FitsScope(MeasureKind kind, ScopeKind scope) =>
        kind == MeasureKind.HandoffWait ? scope == ScopeKind.Handoff : scope != ScopeKind.Handoff;

    /// <summary>Durations and counts cannot go below 0: an I chart draws a negative lower limit at 0.</summary>
    public static bool ClipsAtZero(MeasureKind kind) => !IsProportion(kind) && kind != MeasureKind.MeanRating;
}
