using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

public sealed class NetworkSimulatorTests
{
    [Fact]
    public void Run_SameSeed_GivesIdenticalOperations()
    {
        var options = new SimulationOptions { Clients = 300, Seed = 7 };

        var first = NetworkSimulator.Run(options);
        var second = NetworkSimulator.Run(options);

        Assert.Equal(first.Operations, second.Operations);
        Assert.Equal(first.Clients, second.Clients);
        Assert.Equal(first.Workers, second.Workers);
    }

    [Fact]
    public void Run_OtherSeed_GivesOtherOperations()
    {
        var first = NetworkSimulator.Run(new SimulationOptions { Clients = 300, Seed = 7 });
        var second = NetworkSimulator.Run(new SimulationOptions { Clients = 300, Seed = 8 });

        Assert.NotEqual(first.Operations, second.Operations);
    }

    [Fact]
    public void Run_Defaults_HasTheAdvertisedSize()
    {
        var network = DefaultNetwork.Value;

        Assert.True(network.Organisations.Count >= 4);
        Assert.True(network.Services.Count >= 8);
        Assert.Equal(2_000, network.Clients.Count);
        Assert.True(network.Operations.Count >= 100_000, $"{network.Operations.Count} operations");
        Assert.True(network.Operations.OfType<LogWork>().Count() + network.Operations.OfType<MoveCase>().Count()
            > network.Operations.Count / 2);
        Assert.All(network.Services, s => Assert.InRange(s.Stages.Count, 3, 6));
    }

    [Fact]
    public void Run_Defaults_EveryTeamHasALeadAndTheNetworkItsRoles()
    {
        var network = DefaultNetwork.Value;

        Assert.All(network.Teams.Where(t => t.Key != DemoOrganisations.DevelopmentTeam),
            t => Assert.Contains(network.Workers, w => w.TeamKey == t.Key && w.Role == SimRole.TeamLead));
        foreach (var role in new[] { SimRole.Manager, SimRole.Developer, SimRole.Administrator })
            Assert.Contains(network.Workers, w => w.Role == role);
        Assert.Equal(network.Workers.Count, network.Workers.Select(w => w.Key).Distinct().Count());
        Assert.All(network.Workers, w => Assert.Matches("^[a-z]+\\.[a-z]+[0-9]*$", w.Key));
    }

    [Fact]
    public void Run_Defaults_ShowsEveryKindOfOperation()
    {
        var operations = DefaultNetwork.Value.Operations;

        Assert.Contains(operations, o => o is BlockCase);
        Assert.Contains(operations, o => o is ReopenCase);
        Assert.Contains(operations, o => o is MoveCase { WipOverrideReason: not null });
        Assert.Contains(operations, o => o is SendReferral { ClientConsented: false });
        Assert.Contains(operations, o => o is DeclineReferral { Reason: SimDeclineReason.Incomplete });
        Assert.Contains(operations, o => o is AcceptReferral);
        Assert.Contains(operations, o => o is CloseCase { Outcome: SimOutcome.ReferredOnward });
    }

    [Fact]
    public void Run_Defaults_BreaksNoDomainRule()
    {
        var options = DefaultNetwork.Options;

        var errors = OperationValidator.Check(DefaultNetwork.Value, options.StartUtc, options.EndUtc);

        Assert.Empty(errors);
    }

    [Fact]
    public void Run_SmallAndOddOptions_BreakNoDomainRule()
    {
        var options = new SimulationOptions { Clients = 150, Months = 3, Seed = 99, ImprovementMonth = 1 };

        var errors = OperationValidator.Check(NetworkSimulator.Run(options), options.StartUtc, options.EndUtc);

        Assert.Empty(errors);
    }

    [Fact]
    public void Run_FiveTimesTheClients_ScalesCapacityAndBreaksNoDomainRule()
    {
        var options = new SimulationOptions { Clients = 10_000, Months = 6, Seed = 3 };

        var network = NetworkSimulator.Run(options);

        Assert.Empty(OperationValidator.Check(network, options.StartUtc, options.EndUtc));
        Assert.True(network.Operations.Count > 5 * 100_000 / 2, $"{network.Operations.Count} operations in half a year");
        Assert.Equal(5 * DefaultNetwork.Value.Services.Single(s => s.Key == DemoServices.RehabilitativeWorkActivity).Stages[2].WipLimit,
            network.Services.Single(s => s.Key == DemoServices.RehabilitativeWorkActivity).Stages[2].WipLimit);
    }

    [Fact]
    public void Run_LocalStartTime_IsRejected() =>
        Assert.Throws<ArgumentException>(() => NetworkSimulator.Run(new SimulationOptions { StartUtc = new DateTime(2025, 1, 1) }));

    [Fact]
    public void Run_Defaults_EveryOperationIsInHelsinkiOfficeHours()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

        var outside = DefaultNetwork.Value.Operations
            .Select(o => TimeZoneInfo.ConvertTimeFromUtc(o.At, zone))
            .Count(t => t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || t.Hour < 8 || t.Hour >= 16);

        Assert.Equal(0, outside);
    }
}
