using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Lays out a programme's sessions from its start date: each on its rhythm's day at the chosen local time
/// (Europe/Helsinki, so 10:00 stays 10:00 across the clock changes), moved to the next working day when that day is a
/// weekend or a holiday. A session that overlaps one of the coach's others is refused, naming it, or, when asked,
/// moved to the next free slot: later the same day within working hours, else the next working day at the chosen time.
/// </summary>
public static class SessionLayout
{
    /// <summary>The working hours a moved session must fit in, local time.</summary>
    public static readonly TimeOnly DayStarts = new(8, 0), DayEnds = new(16, 0);

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    public static SessionLayoutResult Lay(ProgrammeRhythm rhythm, DateOnly start, TimeOnly at, IReadOnlyList<int> minutes,
        IReadOnlyList<BusySession> busy, bool moveOnClash)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(busy);
        var taken = new List<BusySession>(busy);
        var slots = new List<SessionSlot>(minutes.Count);
        for (var i = 0; i < minutes.Count; i++)
        {
            var length = TimeSpan.FromMinutes(minutes[i]);
            var day = FinnishWorkingDays.OnOrAfter(rhythm.Nominal(start, i));
            var begin = Utc(day, at);
            while (taken.FirstOrDefault(b => b.Overlaps(begin, begin + length)) is { } clash)
            {
                if (!moveOnClash) return new SessionLayoutResult(slots, i + 1, clash);
                begin = NextFree(clash.EndUtc, length, at);
            }

            slots.Add(new SessionSlot(i + 1, begin, begin + length));
            taken.Add(new BusySession(Guid.Empty, "", begin, begin + length));
        }

        return new SessionLayoutResult(slots);
    }

    /// <summary>The UTC instant of a local day and time in Helsinki.</summary>
    public static DateTime Utc(DateOnly day, TimeOnly at) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(at, DateTimeKind.Unspecified), DayCount.Helsinki);

    /// <summary>The first quarter hour after a clash that still ends within the day's working hours, else the next working day at the chosen time.</summary>
    private static DateTime NextFree(DateTime afterUtc, TimeSpan length, TimeOnly at)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(afterUtc, DayCount.Helsinki);
        var rounded = new DateTime((local.Ticks + Step.Ticks - 1) / Step.Ticks * Step.Ticks, DateTimeKind.Unspecified);
        var day = DateOnly.FromDateTime(rounded);
        var time = TimeOnly.FromDateTime(rounded);
        if (time < DayStarts) time = DayStarts;
        if (time >= DayStarts && time.Add(length) <= DayEnds && time.Add(length) > time) return Utc(day, time);
        return Utc(FinnishWorkingDays.OnOrAfter(day.AddDays(1)), at);
    }
}
