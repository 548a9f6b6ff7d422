using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

/// <summary>The default run, simulated once for all tests that only read it.</summary>
internal static class DefaultNetwork
{
    public static SimulationOptions Options { get; } = new();

    private static readonly Lazy<SimulatedNetwork> Network = new(() => NetworkSimulator.Run(Options));

    public static SimulatedNetwork Value => Network.Value;
}
