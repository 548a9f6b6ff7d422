using BenchmarkDotNet.Attributes;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Benchmarks.ProcessMining;

/// <summary>The analyses of `sujuva analyze` on an in-memory log of 100,000 and 1,000,000 events with start times.</summary>
[MemoryDiagnoser]
public class ProcessMiningBenchmarks
{
    private EventLog _log = null!;

    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => _log = GeneratedLog.Create(Events, withStartTimes: true);

    [Benchmark]
    public int DirectlyFollows() => DirectlyFollowsGraph.Discover(_log).Count;

    [Benchmark]
    public int PerformanceDirectlyFollows() => DirectlyFollowsGraph.DiscoverPerformance(_log).Count;

    [Benchmark]
    public int AllVariants() => Variants.Of(_log).Count;

    [Benchmark]
    public double CaseDurationSummary() => CaseDurations.Summarise(CaseDurations.Of(_log))!.Median;

    [Benchmark]
    public int WholeReport() => ProcessReport.Of(_log).DirectlyFollows.Count;
}
