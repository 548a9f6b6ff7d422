using BenchmarkDotNet.Attributes;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Benchmarks.Flow;

/// <summary>
/// Flow metrics over 100,000 case timelines of a simulated year, as a live dashboard computes
/// them. Run: dotnet run -c Release --project bench/Sujuva.Benchmarks -- --filter '*FlowMetrics*'
/// </summary>
[MemoryDiagnoser]
public class FlowMetricsBenchmarks
{
    private CaseTimeline[] _cases = [];
    private Handoff[] _handoffs = [];
    private DateTime _asOf;
    private DateOnly _from;
    private DateOnly _to;
    private ThroughputBasis _basis = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulationOptions { Clients = 80_000 };
        var timelines = SimulatedTimelines.From(NetworkSimulator.Run(options));
        _cases = timelines.Cases.Take(100_000).ToArray();
        if (_cases.Length < 100_000) throw new InvalidOperationException($"Only {_cases.Length} cases simulated.");
        _handoffs = [.. timelines.Handoffs];
        _asOf = options.EndUtc;
        _from = DayCount.LocalDate(options.StartUtc);
        _to = DayCount.LocalDate(options.EndUtc).AddDays(-1);
        _basis = ThroughputBasis.Of(Throughput.ClosedPerDay(_cases, _to.AddDays(-89), _to));
    }

    [Benchmark]
    public int Summary() => FlowSummary.Of(_cases, _asOf).Closed;

    [Benchmark]
    public int CumulativeFlowYear() => CumulativeFlow.Daily(_cases, _from, _to).Length;

    [Benchmark]
    public int Aging() => AgingChart.Of(_cases, _asOf).Items.Count;

    [Benchmark]
    public int ThroughputPerDay() => Throughput.ClosedPerDay(_cases, _from, _to).Length;

    [Benchmark]
    public int HandoffWaits() => HandoffWait.PerPair(_handoffs, _asOf).Count;

    [Benchmark]
    public int WhenFiveHundredDone() => MonteCarlo.WhenDone(_basis, 500, _to.AddDays(1)).Value!.Dates.Count;
}
