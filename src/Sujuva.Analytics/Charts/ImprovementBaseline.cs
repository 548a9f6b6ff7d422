namespace Sujuva.Analytics.Charts;

/// <summary>
/// The frozen baseline: the points before the first change, its centre (median for a run chart, mean for I and P) and,
/// for an I chart, its limits (a P chart's limits vary with n, see the points). Trial when it has fewer than
/// <see cref="MinPoints"/> points: the limits may still move a lot, and the chart says so.
/// </summary>
public sealed record ImprovementBaseline(int Points, double Centre, double? Lower, double? Upper, bool LowerClipped)
{
    /// <summary>Fewer baseline points than this give trial limits (METRICS.md §11).</summary>
    public const int MinPoints = 12;

    /// <summary>An improvement cannot start a phase before the baseline has this many points: no centre, no moving range.</summary>
    public const int MinPointsToChart = 2;

    public bool Trial => Points < MinPoints;
}
