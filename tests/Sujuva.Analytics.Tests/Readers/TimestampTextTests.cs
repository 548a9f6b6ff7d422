using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class TimestampTextTests
{
    [Theory]
    [InlineData("2011-10-11T13:45:40.276+02:00", 2011, 10, 11, 11, 45, 40, 276)]
    [InlineData("2011-10-11 13:45:40.276000+02:00", 2011, 10, 11, 11, 45, 40, 276)]
    [InlineData("2023-01-02T08:15:00.000+00:00", 2023, 1, 2, 8, 15, 0, 0)]
    [InlineData("2023-01-02T08:15:00Z", 2023, 1, 2, 8, 15, 0, 0)]
    [InlineData("2023-01-02T08:15:00", 2023, 1, 2, 8, 15, 0, 0)]
    [InlineData("2023-01-02T08:15", 2023, 1, 2, 8, 15, 0, 0)]
    [InlineData("2023-01-02", 2023, 1, 2, 0, 0, 0, 0)]
    [InlineData("2023-01-02T08:15:00-0530", 2023, 1, 2, 13, 45, 0, 0)]
    [InlineData("2023-01-02T08:15:00+03", 2023, 1, 2, 5, 15, 0, 0)]
    [InlineData("23.11.2026 14:05", 2026, 11, 23, 14, 5, 0, 0)]
    [InlineData("23.11.2026 14.05.00", 2026, 11, 23, 14, 5, 0, 0)]
    [InlineData("3.1.2026 9.05", 2026, 1, 3, 9, 5, 0, 0)]
    [InlineData("23.11.2026", 2026, 11, 23, 0, 0, 0, 0)]
    [InlineData("23/11/2026 14:05", 2026, 11, 23, 14, 5, 0, 0)]
    public void TryParse_KnownFormat_GivesUtc(string text, int y, int mo, int d, int h, int mi, int s, int ms)
    {
        Assert.True(TimestampText.TryParse(text, out var parsed));
        Assert.Equal(Fixture.Utc(y, mo, d, h, mi, s, ms), parsed.ToUtcTicks(TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30T00:00:00")]
    [InlineData("2023-01-02T25:00:00")]
    [InlineData("2023-01-02T08:15:00+25:00")]
    [InlineData("32.1.2026")]
    [InlineData("2023-01-02T08:15:00.")]
    [InlineData("2023-01-02X08:15")]
    public void TryParse_Invalid_IsFalse(string text) => Assert.False(TimestampText.TryParse(text, out _));

    [Fact]
    public void TryParse_SevenFractionDigits_KeepsTicks()
    {
        Assert.True(TimestampText.TryParse("2023-01-02T08:15:00.1234567Z", out var parsed));
        Assert.Equal(Fixture.Utc(2023, 1, 2, 8, 15) + 1_234_567, parsed.ToUtcTicks(TimeZoneInfo.Utc));
    }

    [Fact]
    public void ToCompatTicks_Offset_IsDroppedNotConverted()
    {
        Assert.True(TimestampText.TryParse("2011-10-11T13:45:40.276+02:00", out var parsed));
        Assert.Equal(Fixture.Utc(2011, 10, 11, 13, 45, 40, 276), parsed.ToCompatTicks(TimeZoneInfo.Utc));
    }

    [Fact]
    public void ToUtcTicks_OffsetlessInHelsinki_FollowsDaylightSaving()
    {
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        Assert.True(TimestampText.TryParse("23.11.2026 14:05", out var winter));
        Assert.True(TimestampText.TryParse("23.6.2026 14:05", out var summer));
        Assert.Equal(Fixture.Utc(2026, 11, 23, 12, 5), winter.ToUtcTicks(helsinki));
        Assert.Equal(Fixture.Utc(2026, 6, 23, 11, 5), summer.ToUtcTicks(helsinki));
    }
}
