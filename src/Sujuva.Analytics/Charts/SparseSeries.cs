namespace Sujuva.Analytics.Charts;

/// <summary>The points a run chart of counts is drawn on: days, ISO weeks, or none when even weeks are mostly empty.</summary>
public enum RunChartPoints
{
    Daily,
    Weekly,
    TooSparse,
}

/// <summary>
/// When Anhøj's runs analysis (METRICS.md §4) says something about a series of counts. Points on the median are
/// dropped, so on a daily series whose median is 0 (most days without a closed case) every zero day vanishes and
/// the few busy days all lie above the centre line: one long run, no crossings, a "signal" that only says the
/// series is sparse. Such a series gets no runs analysis; its weekly sums are analysed instead, and when their
/// median is 0 too, the chart says that the series is too sparse.
/// </summary>
public static class SparseSeries
{
    /// <summary>True when the series has points and its median is above 0.</summary>
    public static bool AllowsRunsAnalysis(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var kept = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        return kept.Length > 0 && Percentiles.Median(kept) > 0;
    }

    /// <summary>Daily points when their median is above 0, else weekly when theirs is, else too sparse.</summary>
    public static RunChartPoints Choose(IReadOnlyList<double> daily, IReadOnlyList<double> weekly) =>
        AllowsRunsAnalysis(daily) ? RunChartPoints.Daily
        : AllowsRunsAnalysis(weekly) ? RunChartPoints.Weekly
        : RunChartPoints.TooSparse;
}
