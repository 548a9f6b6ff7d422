using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Tests.Metrics;

/// <summary>How a page reads the period in its address: it cannot answer 400, so it shows the nearest period.</summary>
public sealed class MetricsPeriodTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void ForPage_NoDates_IsTheQuarterEndingToday() =>
        Assert.Equal(new MetricsPeriod(new(2025, 12, 16), Today), MetricsPeriod.ForPage(null, null, Today));

    [Fact]
    public void ForPage_Reversed_IsTurnedRound() =>
        Assert.Equal(new MetricsPeriod(new(2026, 3, 1), new(2026, 3, 2)), MetricsPeriod.ForPage("2026-03-02", "2026-03-01", Today));

    [Fact]
    public void ForPage_TooLong_KeepsTheLastDays() =>
        Assert.Equal(new MetricsPeriod(Today.AddDays(1 - MetricsApi.MaxDays), Today), MetricsPeriod.ForPage("1950-01-01", null, Today));

    [Fact]
    public void ForPage_NotADateOrOutsideTheWindow_CountsAsNotGiven() =>
        Assert.Equal(MetricsPeriod.ForPage(null, null, Today), MetricsPeriod.ForPage("0001-01-01", "someday", Today));
}
