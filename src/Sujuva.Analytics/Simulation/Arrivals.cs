namespace Sujuva.Analytics.Simulation;

/// <summary>
/// Arrival times of clients: a seasonal Poisson process conditioned on the number of clients,
/// i.e. independent draws from the seasonal density, sorted, then moved into office hours.
/// </summary>
internal static class Arrivals
{
    // Relative intake by calendar month: Finnish summer holidays (July) and Christmas are quiet,
    // autumn and the start of the year are busy.
    private static readonly double[] MonthWeight = [1.1, 1.1, 1.1, 1.0, 1.0, 0.8, 0.5, 1.0, 1.2, 1.1, 1.0, 0.7];

    public static DateTime[] Sample(SimulationOptions options, SimRandom random)
    {
        var hours = new WorkingHours(TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));
        var start = options.StartUtc.Ticks;
        var span = options.EndUtc.Ticks - start;
        var max = MonthWeight.Max();
        var times = new DateTime[options.Clients];
        for (var i = 0; i < times.Length; i++)
        {
            DateTime at;
            do at = new DateTime(start + (long)(random.NextDouble() * span), DateTimeKind.Utc);
            while (random.NextDouble() * max >= MonthWeight[at.Month - 1]);
            times[i] = hours.Snap(at, random);
        }

        Array.Sort(times);
        return times;
    }
}
