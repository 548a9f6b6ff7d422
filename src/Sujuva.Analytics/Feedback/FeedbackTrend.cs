using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Feedback;

/// <summary>The ratings given in one period (a week or a month), labelled by its first day.</summary>
public sealed record FeedbackPeriod(DateOnly Start, IReadOnlyList<int> Ratings);

/// <summary>One charted period: its size n, satisfied count (ratings 4–5) and mean rating.</summary>
public sealed record FeedbackTrendPoint(DateOnly Start, int Answers, int Satisfied, double MeanRating);

/// <summary>The length of a feedback chart's periods.</summary>
public enum FeedbackPeriodLength
{
    Week,
    Month,
}

/// <summary>
/// CSAT over time (METRICS.md §6): a P chart of satisfied / answers per period and an I chart of the
/// mean rating, both with Anhøj's runs analysis. Periods without answers carry no information and are
/// left out (a P chart needs n &gt; 0).
/// </summary>
public sealed record FeedbackTrend(IReadOnlyList<FeedbackTrendPoint> Points, ChartResult Csat, ChartResult Mean)
{
    /// <summary>
    /// The smallest expected count of satisfied and of other answers in a typical period for which the P chart's
    /// 3σ limits are taken at face value. qicharts2 draws P limits for any n (clipped to [0, 1]) and sets no
    /// minimum; its 3σ limits rest on the normal approximation to the binomial, and the usual rule of thumb for
    /// that approximation is n·p̄ ≥ 5 and n·(1 − p̄) ≥ 5. With a CSAT near 80 % that is about 25 answers a period.
    /// </summary>
    public const double MinExpectedCount = 5;

    public FeedbackPeriodLength Length { get; init; } = FeedbackPeriodLength.Week;

    /// <summary>True when even the chosen periods have too few answers (<see cref="SubgroupsLargeEnough"/>): the limits are wide.</summary>
    public bool SmallSubgroups { get; init; }

    public static FeedbackTrend Of(IEnumerable<FeedbackPeriod> periods, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var points = periods.Where(p => p.Ratings.Count > 0).OrderBy(p => p.Start)
            .Select(p => new FeedbackTrendPoint(p.Start, p.Ratings.Count, p.Ratings.Count(r => r >= 4), p.Ratings.Average()))
            .ToList();
        var csat = SpcCharts.P([.. points.Select(p => (double)p.Satisfied)], [.. points.Select(p => (double)p.Answers)], options);
        var mean = SpcCharts.I([.. points.Select(p => p.MeanRating)], options);
        return new FeedbackTrend(points, csat, mean);
    }

    /// <summary>
    /// Weekly points when a typical week has enough answers for the P chart (<see cref="SubgroupsLargeEnough"/>),
    /// else monthly points; when even a typical month has too few, the monthly chart says its limits are wide.
    /// </summary>
    public static FeedbackTrend WeeklyOrMonthly(IEnumerable<FeedbackPeriod> weeks, IEnumerable<FeedbackPeriod> months)
    {
        var weekly = Of(weeks);
        if (weekly.Points.Count == 0 || SubgroupsLargeEnough(weekly.Points)) return weekly;
        var monthly = Of(months);
        return monthly with { Length = FeedbackPeriodLength.Month, SmallSubgroups = !SubgroupsLargeEnough(monthly.Points) };
    }

    /// <summary>
    /// n·p̄ and n·(1 − p̄) both reach <see cref="MinExpectedCount"/>, with n the median answers per period and
    /// p̄ the pooled CSAT (the P chart's centre line).
    /// </summary>
    public static bool SubgroupsLargeEnough(IReadOnlyList<FeedbackTrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) return false;
        var n = Percentiles.Median([.. points.Select(p => (double)p.Answers).Order()]);
        var p = points.Sum(x => (double)x.Satisfied) / points.Sum(x => x.Answers);
        // The tolerance keeps 25 × (1 − 0.8) at 5, as written, not 4.999….
        const double tolerance = 1e-9;
        return n * p >= MinExpectedCount - tolerance && n * (1 - p) >= MinExpectedCount - tolerance;
    }
}
