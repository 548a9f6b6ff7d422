using System.Diagnostics;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The default demo: a year (Demo:Months) of the simulated network from the configured seed, up to now, so that
/// boards, ages and dashboards look live. The same seed gives the same network and history, moved by whole weeks to
/// end with this week (DemoPeriod); Demo:StartDate simulates from that day instead. Only what happened before today is written.
/// </summary>
public sealed partial class DemoSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var demo = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var period = demo.StartDate is { } day
            ? new DemoPeriod(new SimulationOptions
            {
                Seed = demo.RandomSeed, Clients = demo.Clients, Months = demo.Months, StartUtc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            }, TimeSpan.Zero)
            : DemoPeriod.Of(now, demo.Months, demo.RandomSeed, demo.Clients);
        var simulation = period.Simulation;
        var network = period.Move(NetworkSimulator.Run(simulation), now);
        var simulating = clock.Elapsed;
        var replay = await WriteAsync(network, ct, new DemoExtras(simulation.ImprovementUtc + period.Shift, simulation.PairWorkUtc + period.Shift));
        // After the write has committed and let go of the database: publishing saves on its own.
        await PublishBlueprintsAsync(replay, ct);
        log.LogInformation(
            "Seeded the demo network (seed {Seed}): {Organisations} organisations, {Services} services, {Clients} clients, "
            + "{Cases} cases, {Events} events in {Seconds:F1} s (simulation {Simulated:F1} s).",
            options.Value.RandomSeed, network.Organisations.Count, network.Services.Count, network.Clients.Count,
            replay.Cases.Count(), replay.Events.Count, clock.Elapsed.TotalSeconds, simulating.TotalSeconds);
    }
}
