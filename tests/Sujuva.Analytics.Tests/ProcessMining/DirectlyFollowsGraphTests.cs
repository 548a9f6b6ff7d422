using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class DirectlyFollowsGraphTests
{
    [Fact]
    public void Discover_SimpleLog_CountsPairsMostFrequentFirst()
    {
        var edges = DirectlyFollowsGraph.Discover(TestLogs.Simple());

        Assert.Equal([("A", "B", 2), ("B", "C", 2), ("A", "C", 1)], edges.Select(e => (e.From, e.To, e.Count)));
        Assert.All(edges, e => Assert.Null(e.Performance));
    }

    [Fact]
    public void DiscoverPerformance_SimpleLog_AggregatesLikePandas()
    {
        var edges = DirectlyFollowsGraph.DiscoverPerformance(TestLogs.Simple());

        // A→B: 10 s (case 1), 20 s (case 3). B→C: 20 s, 5 s. A→C: 50 s once, so no stdev.
        Assert.Equal(new TimeStatistics(2, 15, 15, 10, 20, 30, Math.Sqrt(50)), edges[0].Performance);
        Assert.Equal(new TimeStatistics(2, 12.5, 12.5, 5, 20, 25, Math.Sqrt(112.5)), edges[1].Performance);
        Assert.Equal(new TimeStatistics(1, 50, 50, 50, 50, 50, null), edges[2].Performance);
    }

    [Fact]
    public void DiscoverPerformance_RowOrderLog_SortsByTimeKeepingTiesInRowOrder()
    {
        var log = TestLogs.InRowOrder(("A", 10), ("B", 10), ("C", 5));

        var edges = DirectlyFollowsGraph.DiscoverPerformance(log);

        Assert.Equal([("C", "A", 5.0), ("A", "B", 0.0)], edges.OrderBy(e => e.From == "A").Select(e => (e.From, e.To, e.Performance!.Mean)));
    }

    [Fact]
    public void DiscoverPerformance_IntervalLog_MeasuresCompleteToNextStartWithoutClamp()
    {
        var b = new EventLogBuilder();
        var c = b.CaseIndex("1");
        b.Add(c, "A", TestLogs.At(10), TestLogs.At(0));
        b.Add(c, "B", TestLogs.At(20), TestLogs.At(5));

        var edge = Assert.Single(DirectlyFollowsGraph.DiscoverPerformance(b.Build()));

        Assert.Equal(-5, edge.Performance!.Mean);
    }

    [Fact]
    public void Discover_OneEventCases_HasNoEdges() =>
        Assert.Empty(DirectlyFollowsGraph.Discover(TestLogs.InRowOrder(("A", 0))));
}
