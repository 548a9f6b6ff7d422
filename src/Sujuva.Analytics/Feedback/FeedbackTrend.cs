using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Feedback;

/// <summary>The ratings given in one period (a week or a month), labelled by its first day.</summary>
public sealed record FeedbackPeriod(DateOnly Start, IReadOnlyList<int> Ratings);

/// <summary>One charted period: its size n, satisfied count (ratings 4–5) and mean rating.</summary>
public sealed record FeedbackTrendPoint(DateOnly Start, int Answers, int Satisfied, double MeanRating);

/// <summary>
/// CSAT over time (METRICS.md §6): a P chart of satisfied / answers per period and an I chart of the
/// mean rating, both with Anhøj's runs analysis. Periods without answers carry no information and are
/// left out (a P chart needs n &gt; 0).
/// </summary>
public sealed record FeedbackTrend(IReadOnlyList<FeedbackTrendPoint> Points, ChartResult Csat, ChartResult Mean)
{
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
}
