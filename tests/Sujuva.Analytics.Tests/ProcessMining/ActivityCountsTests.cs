using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class ActivityCountsTests
{
    [Fact]
    public void Of_SimpleLog_CountsEveryEvent() =>
        Assert.Equal([new("A", 3), new("B", 3), new("C", 3)], ActivityCounts.Of(TestLogs.Simple()));

    [Fact]
    public void Of_UnevenCounts_MostFrequentFirst() =>
        Assert.Equal([new("B", 2), new("A", 1)], ActivityCounts.Of(TestLogs.InRowOrder(("B", 0), ("A", 1), ("B", 2))));

    [Fact]
    public void Start_SimpleLog_CountsFirstEventPerCase() =>
        Assert.Equal([new("A", 3), new("B", 1)], EndpointActivities.Start(TestLogs.Simple()));

    [Fact]
    public void End_SimpleLog_CountsLastEventPerCase() =>
        Assert.Equal([new("C", 3), new("B", 1)], EndpointActivities.End(TestLogs.Simple()));

    [Fact]
    public void Start_RowOrderLog_UsesTheFirstRowNotTheEarliest() =>
        Assert.Equal([new("B", 1)], EndpointActivities.Start(TestLogs.InRowOrder(("B", 10), ("A", 5))));
}
