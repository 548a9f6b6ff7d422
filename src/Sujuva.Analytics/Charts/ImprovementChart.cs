using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

/// <summary>
/// An improvement's chart of one measure (METRICS.md §11) in both readings at once, which qicharts2 cannot give
/// (its `part` overrides `freeze`): the frozen baseline carried across every later phase to detect a change, with
/// the runs analysis against the baseline centre over all points and per later phase; and each phase with its own
/// centre, limits and runs analysis. Run (weekly medians), I (individual cases, screened moving ranges by default)
/// and P (weekly proportions) charts, computed by <see cref="SpcCharts"/>; every signal is read by the measure's
/// direction as an improvement or a deterioration.
/// </summary>
public sealed partial record ImprovementChart(
    ChartKind Kind,
    ImprovementChartOptions Options,
    MeasureSeries Series,
    ImprovementBaseline Baseline,
    RunsAnalysis AllPoints,
    ImprovementView Frozen,
    ImprovementView Phases,
    IReadOnlyList<PhaseSummary> Summaries)
{
    /// <summary>Non-random variation over all points against the baseline centre (qicharts2 `freeze`), when Anhøj's rules are on.</summary>
    public bool AllPointsRunsSignal => Options.Rules.HasFlag(ChartRules.Anhoj) && AllPoints.Signal;

    public ImprovementView View(ImprovementChartView view) => view == ImprovementChartView.Frozen ? Frozen : Phases;

    /// <summary>
    /// Charts a series whose points are in phase order. Refused when the kind is not run, I or P, when there are no
    /// points, when the baseline has fewer than 2 points, or when a P point has no positive n.
    /// </summary>
    public static ImprovementChartResult Of(ChartKind kind, MeasureSeries series, ImprovementChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new();
        if (kind is not (ChartKind.Run or ChartKind.I or ChartKind.P))
            return ImprovementChartResult.Refuse("Charts.KindNotForImprovements", "An improvement is charted as a run, I or P chart.");
        var points = series.Points;
        if (points.Count == 0) return ImprovementChartResult.Refuse("Charts.NoData", "There are no points to chart.");
        for (var i = 0; i < points.Count; i++)
            if (points[i].Phase < 0 || points[i].Phase >= series.Phases.Count || (i > 0 && points[i].Phase < points[i - 1].Phase))
                return ImprovementChartResult.Refuse("Charts.PhasesOutOfOrder", "Every point must be in a known phase, in phase order.");
        var counts = series.PointsPerPhase();
        if (counts[0] < ImprovementBaseline.MinPointsToChart)
            return ImprovementChartResult.Refuse("Charts.BaselineTooShort", "The baseline needs at least 2 points before the first change.");
        if (kind == ChartKind.P && points.Any(p => p.N is not > 0))
            return ImprovementChartResult.Refuse("Charts.SizeNotPositive", "Every proportion needs a positive n.");

        var chartOptions = new ChartOptions { Rules = options.Rules, ScreenedMovingRange = options.ScreenedMovingRanges };
        var frozen = Draw(kind, points, chartOptions with { Freeze = counts[0] });
        var parts = Draw(kind, points, chartOptions with { SplitAfter = Cuts(counts, points.Count) });
        if (frozen.IsRefused) return ImprovementChartResult.Refuse(frozen.RefusalCode!, frozen.RefusalMessage!);
        if (parts.IsRefused) return ImprovementChartResult.Refuse(parts.RefusalCode!, parts.RefusalMessage!);

        var context = new Context(kind, options, series, counts, frozen.Chart!.Points[0].Centre);
        var frozenView = context.View(ImprovementChartView.Frozen, frozen.Chart);
        var phasesView = context.View(ImprovementChartView.Phases, parts.Chart!);
        var first = frozenView.Phases[0];
        var baseline = new ImprovementBaseline(counts[0], context.BaselineCentre, first.Lower, first.Upper, first.LowerClipped);
        var all = RunsAnalysis.Of([.. points.Select(p => p.Y)], context.BaselineCentre);
        return new ImprovementChartResult(
            new ImprovementChart(kind, options, series, baseline, all, frozenView, phasesView, context.Summaries(frozenView, phasesView)),
            null, null);
    }

    private static ChartResult Draw(ChartKind kind, IReadOnlyList<SeriesPoint> points, ChartOptions options)
    {
        double[] y = [.. points.Select(p => p.Y)];
        return kind switch
        {
            ChartKind.Run => SpcCharts.Run(y, options),
            ChartKind.I => SpcCharts.I(y, options),
            // The counts are whole: y · n rounded recovers them exactly, so p̄ = Σc / Σn of a flat series is each point's c / n to the bit.
            _ => SpcCharts.P([.. points.Select(p => Math.Round(p.Y * p.N!.Value))], [.. points.Select(p => (double)p.N!.Value)], options),
        };
    }

    /// <summary>SpcCharts' part cuts: after the last point of every phase that has points, except at the very end.</summary>
    private static int[] Cuts(int[] counts, int n)
    {
        var cuts = new List<int>();
        var sum = 0;
        foreach (var count in counts)
        {
            sum += count;
            if (sum > 0 && sum < n && (cuts.Count == 0 || cuts[^1] != sum)) cuts.Add(sum);
        }

        return [.. cuts];
    }
}
