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

    [Theory]
    [InlineData("2026-03-15", "2026-02-01", "2026-02-28")]
    [InlineData("2026-03-01", "2026-02-01", "2026-02-28")]
    [InlineData("2026-03-31", "2026-02-01", "2026-02-28")]
    [InlineData("2024-03-10", "2024-02-01", "2024-02-29")]
    [InlineData("2026-01-05", "2025-12-01", "2025-12-31")]
    public void LastFullMonth_AnyDayOfAMonth_IsThePreviousCalendarMonth(string today, string from, string to) =>
        Assert.Equal(new MetricsPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            MetricsPeriod.LastFullMonth(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
