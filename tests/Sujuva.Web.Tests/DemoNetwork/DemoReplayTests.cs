using Sujuva.Analytics.Simulation;
using Sujuva.Web.Data.DemoNetwork;
using Sujuva.Web.Features;

namespace Sujuva.Web.Tests.DemoNetwork;

public sealed class DemoReplayTests
{
    [Fact]
    public void Run_DefaultSimulation_EveryOperationPassesTheDomainRules()
    {
        var network = NetworkSimulator.Run(new SimulationOptions());
        var users = network.Workers.ToDictionary(w => w.Key, _ => new UserId(Guid.CreateVersion7()));

        var replay = DemoReplay.Run(network, users, 1);

        Assert.Empty(replay.Refusals);
        Assert.True(replay.Events.Count >= 100_000);
    }
}
