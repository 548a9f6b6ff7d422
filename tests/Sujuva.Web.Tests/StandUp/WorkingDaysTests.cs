using Sujuva.Web.Features.StandUp;

namespace Sujuva.Web.Tests.StandUp;

public sealed class WorkingDaysTests
{
    [Fact]
    public void StartOfPrevious_OnTuesday_IsMondayMidnightHelsinki() =>
        // 2026-11-24 is a Tuesday; Helsinki is UTC+2 in November, so Monday 00:00 local is Sunday 22:00 UTC.
        Assert.Equal(new DateTime(2026, 11, 22, 22, 0, 0, DateTimeKind.Utc),
            WorkingDays.StartOfPrevious(new DateTime(2026, 11, 24, 7, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void StartOfPrevious_OnMonday_IsFridaySoTheWeekendIsIncluded() =>
        Assert.Equal(new DateTime(2026, 11, 19, 22, 0, 0, DateTimeKind.Utc),
            WorkingDays.StartOfPrevious(new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void StartOfPrevious_AfterIndependenceDayWeekend_SkipsTheHoliday() =>
        // Independence Day, 6 Dec 2027, is a Monday: on Tuesday the last working day is Friday 3 Dec.
        Assert.Equal(new DateTime(2027, 12, 2, 22, 0, 0, DateTimeKind.Utc),
            WorkingDays.StartOfPrevious(new DateTime(2027, 12, 7, 7, 0, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData(2026, 11, 21, false)]
    [InlineData(2026, 12, 24, false)]
    [InlineData(2026, 12, 23, true)]
    public void IsWorkingDay_WeekendsAndHolidays_AreNot(int year, int month, int day, bool working) =>
        Assert.Equal(working, WorkingDays.IsWorkingDay(new DateOnly(year, month, day)));
}
