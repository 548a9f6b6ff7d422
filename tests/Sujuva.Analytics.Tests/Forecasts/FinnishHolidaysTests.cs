using Sujuva.Analytics.Forecasts;

namespace Sujuva.Analytics.Tests.Forecasts;

public sealed class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchTheCalendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FinnishHolidays.EasterSunday(year));

    [Fact]
    public void For_2025_HasTheMovableHolidays()
    {
        var days = FinnishHolidays.For(2025);

        Assert.Contains(new DateOnly(2025, 4, 18), days); // Good Friday
        Assert.Contains(new DateOnly(2025, 4, 21), days); // Easter Monday
        Assert.Contains(new DateOnly(2025, 5, 29), days); // Ascension Day
        Assert.Contains(new DateOnly(2025, 6, 20), days); // Midsummer Eve
        Assert.Contains(new DateOnly(2025, 11, 1), days); // All Saints' Day
        Assert.Equal(15, days.Count);
    }

    [Fact]
    public void Between_TwoYears_IsOrderedAndInRange()
    {
        var days = FinnishHolidays.Between(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)).ToArray();

        Assert.Equal([new DateOnly(2025, 12, 6), new(2025, 12, 24), new(2025, 12, 25), new(2025, 12, 26), new(2026, 1, 1), new(2026, 1, 6)], days);
    }
}
