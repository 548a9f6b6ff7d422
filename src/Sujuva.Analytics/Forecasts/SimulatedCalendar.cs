namespace Sujuva.Analytics.Forecasts;

/// <summary>
/// The forecast's calendar: day 1 is the start date (or, when the basis keeps working days only,
/// the first working day on or after it); later days skip the days the basis dropped.
/// </summary>
internal sealed class SimulatedCalendar(ThroughputBasis basis, DateOnly start)
{
    /// <summary>The date of simulated day n (n ≥ 1).</summary>
    public DateOnly Day(int n)
    {
        if (!basis.WorkingDaysOnly) return start.AddDays(n - 1);
        var day = start.AddDays(-1);
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (basis.IsSimulatedDay(day)) counted++;
        }

        return day;
    }

    /// <summary>Number of simulated days from the start to end, both inclusive.</summary>
    public int DaysThrough(DateOnly end)
    {
        if (!basis.WorkingDaysOnly) return end.DayNumber - start.DayNumber + 1;
        var n = 0;
        for (var day = start; day <= end; day = day.AddDays(1)) if (basis.IsSimulatedDay(day)) n++;
        return n;
    }
}
