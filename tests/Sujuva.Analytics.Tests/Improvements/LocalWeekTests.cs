using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Improvements;

/// <summary>ISO weeks of Europe/Helsinki across the daylight-saving changes (the last Sundays of March and October).</summary>
public sealed class LocalWeekTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void SpringForward_SundayNightAndMondayMorningLocal_AreInDifferentWeeks()
    {
        // 29 March 2026 is the last Sunday of March: from 04:00 local the offset is +3. Both instants are on Sunday in UTC.
        var sunday = LocalWeek.Containing(Utc(2026, 3, 29, 20, 30)); // Sunday 23:30 EEST
        var monday = LocalWeek.Containing(Utc(2026, 3, 29, 21, 30)); // Monday 00:30 EEST

        Assert.Equal(("2026-W13", "2026-W14"), (sunday.Label, monday.Label));
        Assert.Equal(Utc(2026, 3, 29, 21, 0), monday.StartUtc);
        Assert.Equal(167, (sunday.EndUtc - sunday.StartUtc).TotalHours); // the week lost an hour
    }

    [Fact]
    public void FallBack_SundayNightAndMondayMorningLocal_AreInDifferentWeeks()
    {
        // 25 October 2026 is the last Sunday of October: from 04:00 EEST the clock goes back to 03:00, offset +2.
        var sunday = LocalWeek.Containing(Utc(2026, 10, 25, 21, 30)); // Sunday 23:30 EET
        var monday = LocalWeek.Containing(Utc(2026, 10, 25, 22, 30)); // Monday 00:30 EET

        Assert.Equal(("2026-W43", "2026-W44"), (sunday.Label, monday.Label));
        Assert.Equal(Utc(2026, 10, 25, 22, 0), monday.StartUtc);
        Assert.Equal(169, (sunday.EndUtc - sunday.StartUtc).TotalHours); // the week gained an hour
    }

    [Fact]
    public void Label_WeekOfNewYear_UsesTheIsoYear() =>
        Assert.Equal("2026-W01", LocalWeek.Of(new DateOnly(2025, 12, 31)).Label); // the week holds Thursday 1 January 2026

    [Fact]
    public void Within_OnlyWholeWeeksInsideThePeriod()
    {
        // From Wednesday 7 January to Wednesday 28 January 2026, local: whole weeks are those of 12 and 19 January.
        var weeks = LocalWeek.Within(Utc(2026, 1, 6, 22, 0), Utc(2026, 1, 27, 22, 0)).ToArray();

        Assert.Equal([new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 19)], weeks.Select(w => w.Monday));
    }

    [Fact]
    public void Within_PeriodFromMondayMidnightLocal_IncludesThatWeek() =>
        Assert.Equal(2, LocalWeek.Within(Utc(2026, 1, 4, 22, 0), Utc(2026, 1, 18, 22, 0)).Count());
}
