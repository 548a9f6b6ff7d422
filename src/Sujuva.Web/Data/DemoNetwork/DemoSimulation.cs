using System.Diagnostics;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>The default demo: a year of the simulated network from the configured seed.</summary>
public sealed partial class DemoSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var network = NetworkSimulator.Run(new SimulationOptions { Seed = options.Value.RandomSeed });
        var simulated = clock.Elapsed;
        var replay = await WriteAsync(network, ct);
        log.LogInformation(
            "Seeded the demo network (seed {Seed}): {Organisations} organisations, {Services} services, {Clients} clients, "
            + "{Cases} cases, {Events} events in {Seconds:F1} s (simulation {Simulated:F1} s).",
            options.Value.RandomSeed, network.Organisations.Count, network.Services.Count, network.Clients.Count,
            replay.Cases.Count(), replay.Events.Count, clock.Elapsed.TotalSeconds, simulated.TotalSeconds);
    }
}
