using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Writers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class TimestampOffsetTests
{
    [Theory]
    [InlineData("2023-03-26T04:30:00.000+03:00", 180, OffsetStyle.HoursMinutes)]
    [InlineData("2023-03-26T04:30:00.000-02:30", -150, OffsetStyle.HoursMinutes)]
    [InlineData("2023-03-26T04:30:00.000+0530", 330, OffsetStyle.HoursMinutesCompact)]
    [InlineData("2023-03-26T04:30:00.000-03", -180, OffsetStyle.Hours)]
    [InlineData("2023-03-26T04:30:00.000Z", 0, OffsetStyle.Zulu)]
    [InlineData("2023-03-26T04:30:00.000", 0, OffsetStyle.None)]
    [InlineData("2023-03-26T04:30:00.000+18:00", 1080, OffsetStyle.HoursMinutes)]
    [InlineData("2006-07-24T00:00:00+02:00", 120, OffsetStyle.HoursMinutes, true)]
    [InlineData("2006-07-24T00:00:00", 0, OffsetStyle.None, true)]
    public void Offset_EachForm_IsKeptAndWrittenBackTheSame(string text, int minutes, OffsetStyle style, bool noFraction = false)
    {
        Assert.True(TimestampText.TryParse(text, out var parsed));
        var offset = parsed.Offset(TimeZoneInfo.Utc);
        Assert.Equal(new TimestampOffset(minutes, style, noFraction), offset);
        Assert.Equal(offset, TimestampOffset.FromCode(offset.Code));
        Assert.Equal(text, TimestampFormat.Format(parsed.ToUtcTicks(TimeZoneInfo.Utc), offset.Code));
    }

    [Fact]
    public void Offset_NoOffsetInAZone_IsTheZonesOffsetThatDay()
    {
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        Assert.True(TimestampText.TryParse("23.11.2026 14:05", out var winter));
        Assert.True(TimestampText.TryParse("2026-07-01 14:05", out var summer));
        Assert.Equal(new TimestampOffset(120, OffsetStyle.None, NoFraction: true), winter.Offset(helsinki));
        Assert.Equal(new TimestampOffset(180, OffsetStyle.None, NoFraction: true), summer.Offset(helsinki));
        Assert.Equal("2026-07-01T14:05:00", TimestampFormat.Format(summer.ToUtcTicks(helsinki), summer.Offset(helsinki).Code));
    }

    [Fact]
    public void FromCode_Zero_IsUnrecordedAndWrittenAsUtc()
    {
        Assert.Equal(OffsetStyle.Unrecorded, TimestampOffset.FromCode(0).Style);
        Assert.Equal("2023-01-01T00:00:00.000+00:00", TimestampFormat.Format(new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, 0));
    }
}
