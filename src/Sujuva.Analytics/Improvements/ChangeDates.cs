using Sujuva.Analytics.Flow;

namespace Sujuva.Analytics.Improvements;

/// <summary>
/// The change dates of an improvement (local Helsinki days), each starting a phase (METRICS.md §11). Phase 0 is
/// the baseline. A change is in force from local midnight of its date, so a case point belongs to the phase in
/// force at its instant, and a weekly point to the phase in force on its week's Monday: a change on a Wednesday
/// leaves its week in the earlier phase (the week was mostly lived before it), a change on a Monday starts with it.
/// </summary>
public sealed class ChangeDates
{
    private readonly DateOnly[] _dates;

    public ChangeDates(IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        _dates = [.. dates.Distinct().Order()];
    }

    public static ChangeDates None { get; } = new([]);

    public IReadOnlyList<DateOnly> Dates => _dates;

    /// <summary>The phase of a case point: the number of changes in force at the instant.</summary>
    public int PhaseAt(DateTime utc) => InForce(DayCount.LocalDate(utc));

    /// <summary>The phase of a weekly point: the number of changes in force on the week's Monday.</summary>
    public int PhaseOf(LocalWeek week) => InForce(week.Monday);

    /// <summary>
    /// Every phase of a series whose period starts at fromUtc: the baseline from then, each later phase from its change's
    /// local midnight, each to the next one's start (the last one open, To null).
    /// </summary>
    public IReadOnlyList<SeriesPhase> Phases(DateTime fromUtc)
    {
        var phases = new SeriesPhase[_dates.Length + 1];
        for (var i = 0; i <= _dates.Length; i++)
        {
            var from = i == 0 ? fromUtc : DayCount.StartOfDayUtc(_dates[i - 1]);
            DateTime? to = i < _dates.Length ? DayCount.StartOfDayUtc(_dates[i]) : null;
            phases[i] = new SeriesPhase(i, from, to);
        }

        return phases;
    }

    private int InForce(DateOnly day)
    {
        var n = 0;
        while (n < _dates.Length && _dates[n] <= day) n++;
        return n;
    }
}
