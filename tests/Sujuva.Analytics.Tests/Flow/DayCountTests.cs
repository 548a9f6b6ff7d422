using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class DayCountTests
{
    private static DateTime Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void Elapsed_ThirtySixHours_IsOneAndAHalf() => Assert.Equal(1.5, DayCount.Elapsed(Utc(2025, 1, 1), Utc(2025, 1, 2, 12)));

    [Fact]
    public void InclusiveCalendarDays_SameDay_IsOne() =>
        Assert.Equal(1, DayCount.InclusiveCalendarDays(Utc(2025, 1, 1, 8), Utc(2025, 1, 1, 9)));

    [Fact]
    public void InclusiveCalendarDays_LateUtcEvening_CountsTheHelsinkiDay() =>
        // 22:30 UTC on 6 January is 00:30 on 7 January in Helsinki (UTC+2).
        Assert.Equal(2, DayCount.InclusiveCalendarDays(Utc(2025, 1, 6, 8), Utc(2025, 1, 6, 22, 30)));

    [Fact]
    public void LocalDate_AroundSpringDstChange_UsesTheRightOffset()
    {
        // Clocks go forward on 30 March 2025 at 03:00 local: UTC+2 before, UTC+3 after.
        Assert.Equal(new DateOnly(2025, 3, 30), DayCount.LocalDate(Utc(2025, 3, 29, 22, 30)));
        Assert.Equal(new DateOnly(2025, 3, 31), DayCount.LocalDate(Utc(2025, 3, 30, 21, 30)));
        Assert.Equal(Utc(2025, 3, 30, 21), DayCount.StartOfDayUtc(new DateOnly(2025, 3, 31)));
        Assert.Equal(Utc(2025, 3, 29, 22), DayCount.StartOfDayUtc(new DateOnly(2025, 3, 30)));
    }

    [Fact]
    public void LocalDate_AroundAutumnDstChange_UsesTheRightOffset()
    {
        // Clocks go back on 26 October 2025: the day has 25 hours.
        var start = DayCount.StartOfDayUtc(new DateOnly(2025, 10, 26));
        var end = DayCount.StartOfDayUtc(new DateOnly(2025, 10, 27));

        Assert.Equal(TimeSpan.FromHours(25), end - start);
        Assert.Equal(new DateOnly(2025, 10, 26), DayCount.LocalDate(Utc(2025, 10, 26, 21, 30)));
    }

    [Fact]
    public void Of_EachConvention_GivesItsFigure()
    {
        Assert.Equal(0.5, DayCount.Of(DayConvention.ElapsedDays, Utc(2025, 5, 5, 6), Utc(2025, 5, 5, 18)));
        Assert.Equal(2, DayCount.Of(DayConvention.InclusiveCalendarDays, Utc(2025, 5, 5, 6), Utc(2025, 5, 5, 22)));
    }
}
