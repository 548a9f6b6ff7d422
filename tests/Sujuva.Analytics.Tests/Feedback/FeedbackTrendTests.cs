using Sujuva.Analytics.Feedback;

namespace Sujuva.Analytics.Tests.Feedback;

public sealed class FeedbackTrendTests
{
    private const int Precision = 9;

    private static FeedbackPeriod Week(int day, params int[] ratings) => new(new DateOnly(2026, 1, day), ratings);

    [Fact]
    public void Of_ThreeWeeks_PChartCentreIsPooledCsat()
    {
        // Satisfied 2/4, 1/2, 3/3 → p̄ = 6 / 9; σ of week 1 = √(p̄(1 − p̄)/4).
        var trend = FeedbackTrend.Of([Week(5, 5, 4, 2, 1), Week(12, 4, 3), Week(19, 5, 5, 4)]);

        var chart = trend.Csat.Chart!;
        Assert.Equal(6.0 / 9, chart.Points[0].Centre, Precision);
        Assert.Equal(0.5, chart.Points[0].Y, Precision);
        Assert.Equal(Math.Sqrt(6.0 / 9 * (3.0 / 9) / 4), chart.Points[0].Sigma!.Value, Precision);
        Assert.Equal(1, chart.Points[2].Upper!.Value, Precision);
    }

    [Fact]
    public void Of_ThreeWeeks_IChartOfMeanRatings()
    {
        // Means 3, 3.5, 14/3 → CL = 67/18; moving ranges 0.5 and 7/6 → MR̄ = 5/6.
        var trend = FeedbackTrend.Of([Week(5, 5, 4, 2, 1), Week(12, 4, 3), Week(19, 5, 5, 4)]);

        var point = trend.Mean.Chart!.Points[0];
        Assert.Equal(67.0 / 18, point.Centre, Precision);
        Assert.Equal(5.0 / 6 / 1.128, point.Sigma!.Value, Precision);
    }

    [Fact]
    public void Of_WeekWithoutAnswers_IsLeftOut()
    {
        var trend = FeedbackTrend.Of([Week(5, 5), Week(12), Week(19, 1)]);

        Assert.Equal([new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 19)], trend.Points.Select(p => p.Start));
    }

    [Fact]
    public void Of_NoAnswers_BothChartsRefuseWithNoData()
    {
        var trend = FeedbackTrend.Of([Week(5)]);

        Assert.Equal("Charts.NoData", trend.Csat.RefusalCode);
        Assert.Equal("Charts.NoData", trend.Mean.RefusalCode);
    }

    [Fact]
    public void Of_TwelveWeeksAllAboveThenBelow_SignalsByAnhojRules()
    {
        // Twelve weeks: six at 5, six at 2 → one crossing, below C_min(12) = 3.
        var weeks = Enumerable.Range(0, 12).Select(i => new FeedbackPeriod(
            new DateOnly(2026, 1, 5).AddDays(7 * i), i < 6 ? [5, 5] : [2, 2])).ToList();

        var trend = FeedbackTrend.Of(weeks);

        Assert.True(trend.Mean.Chart!.RunsSignal);
        Assert.True(trend.Csat.Chart!.RunsSignal);
    }
}
