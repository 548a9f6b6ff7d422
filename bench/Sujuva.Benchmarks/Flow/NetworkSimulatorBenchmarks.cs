using BenchmarkDotNet.Attributes;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Benchmarks.Flow;

/// <summary>
/// The demo network for the web seeder (2,000 clients) and at region scale (100,000 clients,
/// about 5.5 million operations). Run: dotnet run -c Release --project bench/Sujuva.Benchmarks -- --filter '*NetworkSimulator*'
/// </summary>
[MemoryDiagnoser]
public class NetworkSimulatorBenchmarks
{
    [Params(2_000, 100_000)]
    public int Clients { get; set; }

    [Benchmark]
    public int Run() => NetworkSimulator.Run(new SimulationOptions { Clients = Clients }).Operations.Count;
}
