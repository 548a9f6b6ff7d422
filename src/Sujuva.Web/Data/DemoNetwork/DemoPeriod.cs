using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The default demo's history: always the same simulation, of the weeks from a fixed Monday (Reference), moved by whole
/// weeks so that it ends with this week; the seeder writes only what happened before today (today's work is the
/// users'). A history simulated from "today, a year ago" fell on other weekdays every day, and as the simulation works
/// on weekdays, the demo's improvement charts showed a signal on one day and none the next. Moved by whole weeks, the
/// demo has the same weekly figures on every day, and the stories its charts tell hold on any day.
/// </summary>
public sealed record DemoPeriod(SimulationOptions Simulation, TimeSpan Shift)
{
    /// <summary>A Monday; the demo's stories are checked against the simulation from it (tests/…/Demo, …/Improvements).</summary>
    public static readonly DateOnly Reference = new(2024, 12, 30);

    public static DemoPeriod Of(DateTime nowUtc, int months, int seed, int clients)
    {
        // The weeks of Months, and this week, which the seeder cuts at now.
        var weeks = (int)Math.Ceiling(months * 365.2425 / 12 / 7) + 1;
        var end = Reference.AddDays(7 * weeks);
        var simulation = new SimulationOptions
        {
            Seed = seed, Clients = clients, Months = months,
            StartUtc = DayCount.StartOfDayUtc(Reference), EndUtc = DayCount.StartOfDayUtc(end),
        };
        var nextMonday = LocalWeek.Containing(nowUtc).Monday.AddDays(7);
        return new DemoPeriod(simulation, TimeSpan.FromDays(nextMonday.DayNumber - end.DayNumber));
    }

    /// <summary>The simulated network moved by Shift, with only the operations before today (Helsinki).</summary>
    public SimulatedNetwork Move(SimulatedNetwork network, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(network);
        var days = (int)Shift.TotalDays;
        var today = DayCount.StartOfDayUtc(DayCount.LocalDate(nowUtc));
        return network with
        {
            Clients = [.. network.Clients.Select(c => c with { BirthDate = c.BirthDate.AddDays(days) })],
            Operations = [.. network.Operations.Select(o => o with { At = o.At + Shift }).Where(o => o.At < today)],
        };
    }
}
