using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Charts;

/// <summary>How an improvement's measure is charted (METRICS.md §5 and §11).</summary>
public sealed record ImprovementChartOptions
{
    /// <summary>Which way the measure improves; every signal is reported as an improvement or a deterioration by it.</summary>
    public Better Better { get; init; } = Better.Lower;

    /// <summary>Anhøj's runs rules plus the 3σ rule by default, as qicharts2; Western Electric and Nelson may be added.</summary>
    public ChartRules Rules { get; init; } = ChartRules.Default;

    /// <summary>
    /// I chart: screened moving ranges (Nelson 1982). On by default here, unlike <see cref="ChartOptions"/>: loading
    /// qicharts2 0.8 and later screens by default (METRICS.md §5), and one 40-day case should not widen the limits
    /// of a whole year of improvement work.
    /// </summary>
    public bool ScreenedMovingRanges { get; init; } = true;

    /// <summary>
    /// I chart of a duration or a count: a negative lower limit says nothing (no case lasts −4 days), so it is drawn
    /// at 0 and the chart says it was clipped. P limits are always clipped to [0, 1].
    /// </summary>
    public bool ClipLowerAtZero { get; init; }
}
