using System.Diagnostics;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The default demo: a year (Demo:Months) of the simulated network from the configured seed, ending today, so that
/// boards, ages and dashboards look live. The same seed gives the same network and history, shifted to
/// the start day (set Demo:StartDate for an exact replay).
/// </summary>
public sealed partial class DemoSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var demo = options.Value;
        var start = demo.StartDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            ?? time.GetUtcNow().UtcDateTime.Date.AddMonths(-demo.Months);
        var simulation = new SimulationOptions { Seed = demo.RandomSeed, Clients = demo.Clients, Months = demo.Months, StartUtc = start };
        var network = NetworkSimulator.Run(simulation);
        var simulated = clock.Elapsed;
        var replay = await WriteAsync(network, ct, new DemoExtras(simulation.ImprovementUtc, simulation.PairWorkUtc));
        log.LogInformation(
            "Seeded the demo network (seed {Seed}): {Organisations} organisations, {Services} services, {Clients} clients, "
            + "{Cases} cases, {Events} events in {Seconds:F1} s (simulation {Simulated:F1} s).",
            options.Value.RandomSeed, network.Organisations.Count, network.Services.Count, network.Clients.Count,
            replay.Cases.Count(), replay.Events.Count, clock.Elapsed.TotalSeconds, simulated.TotalSeconds);
    }
}
