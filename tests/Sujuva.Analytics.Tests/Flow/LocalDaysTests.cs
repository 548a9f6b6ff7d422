using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class LocalDaysTests
{
    private static readonly LocalDays Helsinki = LocalDays.For(DayCount.Helsinki);

    [Fact]
    public void Local_EveryQuarterHourOf2025_MatchesTimeZoneInfo()
    {
        var start = new DateTime(2025, 1, 1, 0, 7, 0, DateTimeKind.Utc);
        for (var t = start; t.Year == 2025; t = t.AddMinutes(15))
            Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(t, DayCount.Helsinki).Ticks, Helsinki.Local(t).Ticks);
    }

    [Fact]
    public void Utc_EightOClockEveryDay_RoundTrips()
    {
        for (var day = new DateTime(2025, 1, 1); day.Year == 2025; day = day.AddDays(1))
        {
            var local = day.AddHours(8);
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(local, DayCount.Helsinki), Helsinki.Utc(local));
        }
    }

    [Fact]
    public void Utc_AutumnOverlapHour_FollowsTimeZoneInfo()
    {
        // 26 October 2025, 03:30 local happens twice; TimeZoneInfo takes standard time.
        var local = new DateTime(2025, 10, 26, 3, 30, 0);

        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(local, DayCount.Helsinki), Helsinki.Utc(local));
    }
}
