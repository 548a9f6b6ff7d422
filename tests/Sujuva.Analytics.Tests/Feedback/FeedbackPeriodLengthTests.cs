using Sujuva.Analytics.Feedback;

namespace Sujuva.Analytics.Tests.Feedback;

/// <summary>A P chart with few answers a week switches to months, or says its limits are wide (FeedbackTrend.MinExpectedCount).</summary>
public sealed class FeedbackPeriodLengthTests
{
    private static FeedbackPeriod Period(DateOnly start, int satisfied, int other) =>
        new(start, [.. Enumerable.Repeat(5, satisfied), .. Enumerable.Repeat(2, other)]);

    private static List<FeedbackPeriod> Weeks(int satisfied, int other, int count = 8) =>
        [.. Enumerable.Range(0, count).Select(i => Period(new DateOnly(2026, 1, 5).AddDays(7 * i), satisfied, other))];

    [Fact]
    public void SubgroupsLargeEnough_TwentyFiveAnswersAtEightyPercent_IsTrue()
    {
        // n·p̄ = 20, n·(1 − p̄) = 5.
        var trend = FeedbackTrend.Of(Weeks(20, 5));

        Assert.True(FeedbackTrend.SubgroupsLargeEnough(trend.Points));
    }

    [Fact]
    public void SubgroupsLargeEnough_TwentyAnswersAtEightyPercent_IsFalse()
    {
        // n·(1 − p̄) = 4 < 5.
        var trend = FeedbackTrend.Of(Weeks(16, 4));

        Assert.False(FeedbackTrend.SubgroupsLargeEnough(trend.Points));
    }

    [Fact]
    public void WeeklyOrMonthly_EnoughAnswersAWeek_StaysWeekly()
    {
        var trend = FeedbackTrend.WeeklyOrMonthly(Weeks(20, 6), [Period(new DateOnly(2026, 1, 1), 80, 24)]);

        Assert.Equal(FeedbackPeriodLength.Week, trend.Length);
        Assert.False(trend.SmallSubgroups);
        Assert.Equal(8, trend.Points.Count);
    }

    [Fact]
    public void WeeklyOrMonthly_FewAnswersAWeekEnoughAMonth_SwitchesToMonths()
    {
        // Weeks: n = 6, n·(1 − p̄) = 2. Months: n = 30, n·(1 − p̄) = 10.
        List<FeedbackPeriod> months = [Period(new DateOnly(2026, 1, 1), 20, 10), Period(new DateOnly(2026, 2, 1), 20, 10)];

        var trend = FeedbackTrend.WeeklyOrMonthly(Weeks(4, 2), months);

        Assert.Equal(FeedbackPeriodLength.Month, trend.Length);
        Assert.False(trend.SmallSubgroups);
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)], trend.Points.Select(p => p.Start));
    }

    [Fact]
    public void WeeklyOrMonthly_FewAnswersEvenAMonth_MonthsWithWideLimits()
    {
        List<FeedbackPeriod> months = [Period(new DateOnly(2026, 1, 1), 6, 2), Period(new DateOnly(2026, 2, 1), 5, 3)];

        var trend = FeedbackTrend.WeeklyOrMonthly(Weeks(1, 1), months);

        Assert.Equal(FeedbackPeriodLength.Month, trend.Length);
        Assert.True(trend.SmallSubgroups);
    }

    [Fact]
    public void WeeklyOrMonthly_NoAnswers_IsAnEmptyWeeklyTrend()
    {
        var trend = FeedbackTrend.WeeklyOrMonthly([], []);

        Assert.Equal(FeedbackPeriodLength.Week, trend.Length);
        Assert.Empty(trend.Points);
    }
}
