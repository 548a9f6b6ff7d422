using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Tests.Charts;

public sealed class SparseSeriesTests
{
    [Fact]
    public void AllowsRunsAnalysis_MedianZero_IsFalse()
    {
        // Eleven days, six of them without a closed case: the median is 0.
        Assert.False(SparseSeries.AllowsRunsAnalysis([0, 3, 0, 0, 1, 0, 2, 0, 4, 0, 1]));
    }

    [Fact]
    public void AllowsRunsAnalysis_MedianAboveZero_IsTrue()
    {
        Assert.True(SparseSeries.AllowsRunsAnalysis([0, 3, 1, 0, 1, 2, 2]));
    }

    [Fact]
    public void AllowsRunsAnalysis_EvenCountMedianBetweenZeroAndOne_IsTrue()
    {
        // Sorted 0, 0, 1, 1: the median is ½, so zero days fall below it and are not dropped.
        Assert.True(SparseSeries.AllowsRunsAnalysis([1, 0, 0, 1]));
    }

    [Fact]
    public void AllowsRunsAnalysis_NoPoints_IsFalse()
    {
        Assert.False(SparseSeries.AllowsRunsAnalysis([]));
    }

    [Fact]
    public void Choose_DailyMedianZeroWeeklyNot_IsWeekly()
    {
        double[] daily = [0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 3, 0, 0, 0];
        double[] weekly = [2, 4];

        Assert.Equal(RunChartPoints.Weekly, SparseSeries.Choose(daily, weekly));
    }

    [Fact]
    public void Choose_WeeklyMedianZeroToo_IsTooSparse()
    {
        double[] daily = [.. Enumerable.Repeat(0.0, 20), 1];
        double[] weekly = [0, 0, 1];

        Assert.Equal(RunChartPoints.TooSparse, SparseSeries.Choose(daily, weekly));
    }

    [Fact]
    public void Choose_DailyMedianAboveZero_IsDaily()
    {
        Assert.Equal(RunChartPoints.Daily, SparseSeries.Choose([1, 2, 0, 3, 1], [7]));
    }
}
