using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Tests.Programmes;

/// <summary>
/// Laying out a programme's sessions (issue 16, item 2): on the rhythm's days at the same local time across the
/// clock change, off weekends, public holidays and the two eves offices close on, and never over the coach's others.
/// </summary>
public sealed class SessionLayoutTests
{
    private static readonly TimeOnly Ten = new(10, 0);
    private static readonly ProgrammeRhythm Weekly = new(RhythmKind.Weekly);

    private static DateTime Z(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Weekly_AcrossTheSpringClockChangeAndEaster_StaysAtTenLocalAndSkipsEasterMonday()
    {
        // Monday 23 March 2026, 10:00 EET; summer time from Sunday 29 March; Easter Monday is 6 April.
        var slots = SessionLayout.Lay(Weekly, new DateOnly(2026, 3, 23), Ten, [60, 60, 60, 60], [], moveOnClash: false).Slots;

        Assert.Equal([Z(3, 23, 8), Z(3, 30, 7), Z(4, 7, 7), Z(4, 13, 7)], slots.Select(s => s.StartUtc));
        Assert.Equal([1, 2, 3, 4], slots.Select(s => s.Number));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.EndUtc - s.StartUtc));
    }

    [Fact]
    public void Weekly_OnMidsummerEveAndChristmasEve_MovesToTheNextWorkingDay()
    {
        // Fridays: Midsummer Eve 19 June 2026 → Monday 22 June. Thursday 24 December → Monday 28 December (25 and 26 are holidays too).
        var june = SessionLayout.Lay(Weekly, new DateOnly(2026, 6, 12), Ten, [45, 45], [], false).Slots;
        var december = SessionLayout.Lay(Weekly, new DateOnly(2026, 12, 17), Ten, [45, 45], [], false).Slots;

        Assert.Equal(Z(6, 22, 7), june[1].StartUtc);
        Assert.Equal(Z(12, 28, 8), december[1].StartUtc);
    }

    [Fact]
    public void Monthly_FromTheLastDayOfJanuary_LandsOnTheMondayAfterTheLastSaturdayOfFebruary()
    {
        var slots = SessionLayout.Lay(new ProgrammeRhythm(RhythmKind.Monthly), new DateOnly(2026, 1, 30), Ten, [90, 90, 90], [], false).Slots;

        Assert.Equal([Z(1, 30, 8), Z(3, 2, 8), Z(3, 30, 7)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void WeekOffsets_PlaceEachSessionOnItsWeek()
    {
        var rhythm = new ProgrammeRhythm(RhythmKind.WeekOffsets, [0, 1, 3, 7]);

        var slots = SessionLayout.Lay(rhythm, new DateOnly(2026, 9, 1), Ten, [60, 60, 60, 60], [], false).Slots;

        Assert.Equal([Z(9, 1, 7), Z(9, 8, 7), Z(9, 22, 7), Z(10, 20, 7)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Clash_Refused_NamesTheFirstClashingSessionAndTheCoachsSession()
    {
        var other = new BusySession(Guid.NewGuid(), "Valmennus 2/8", Z(9, 15, 7, 30), Z(9, 15, 8, 30));

        var result = SessionLayout.Lay(Weekly, new DateOnly(2026, 9, 1), Ten, [60, 60, 60], [other], moveOnClash: false);

        Assert.True(result.Clashes);
        Assert.Equal(3, result.ClashingNumber);
        Assert.Same(other, result.ClashesWith);
        Assert.Equal(2, result.Slots.Count);
    }

    [Fact]
    public void Clash_Moved_GoesToTheNextQuarterHourThatDayOrTheNextWorkingDay()
    {
        // 15 Sept: the coach is busy 10:00–10:50 local, so session 3 starts at 11:00. 22 Sept: busy all working day, so the next day at 10:00.
        IReadOnlyList<BusySession> busy =
        [
            new(Guid.NewGuid(), "a", Z(9, 15, 7), Z(9, 15, 7, 50)),
            new(Guid.NewGuid(), "b", Z(9, 22, 5), Z(9, 22, 13)),
        ];

        var result = SessionLayout.Lay(Weekly, new DateOnly(2026, 9, 1), Ten, [60, 60, 60, 60], busy, moveOnClash: true);

        Assert.False(result.Clashes);
        Assert.Equal([Z(9, 1, 7), Z(9, 8, 7), Z(9, 15, 8), Z(9, 23, 7)], result.Slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Clash_Moved_NeverOverlapsItsOwnEarlierSessions()
    {
        // Two sessions on the same week offset: the second moves after the first.
        var rhythm = new ProgrammeRhythm(RhythmKind.WeekOffsets, [0, 0]);

        var slots = SessionLayout.Lay(rhythm, new DateOnly(2026, 9, 1), Ten, [60, 60], [], moveOnClash: true).Slots;

        Assert.Equal([Z(9, 1, 7), Z(9, 1, 8)], slots.Select(s => s.StartUtc));
    }
}
