namespace Sujuva.Analytics.Simulation;

/// <summary>
/// Simulates a year of the demo network: clients arrive, wait, are worked, blocked, referred and
/// closed. Same options, same operations, on any machine. Capacities grow with the number of
/// clients (one "scale" per 2,000 clients), so a larger run is a larger region, not a jam.
/// </summary>
public static class NetworkSimulator
{
    public static SimulatedNetwork Run(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Clients, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1);
        if (options.StartUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("StartUtc must be UTC.", nameof(options));

        var random = new SimRandom(options.Seed);
        var scale = Math.Max(1, (options.Clients + 1_999) / 2_000);
        var plans = DemoServices.Plans(scale);
        var workers = DemoPeople.Workers(random, scale);
        var clients = new SimClient[options.Clients];
        for (var i = 0; i < clients.Length; i++) clients[i] = DemoPeople.Client(random, i, options.StartUtc);

        var arrivals = Arrivals.Sample(options, random);
        var operations = new SimulationEngine(options, random, plans, workers).Run(arrivals);
        return new SimulatedNetwork(
            DemoOrganisations.NetworkName,
            DemoOrganisations.All,
            DemoOrganisations.Teams.Select(t => t.Team).ToArray(),
            plans.Select(p => p.ToService()).ToArray(),
            workers,
            clients,
            operations);
    }
}
