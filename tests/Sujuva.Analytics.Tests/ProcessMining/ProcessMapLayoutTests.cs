using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class ProcessMapLayoutTests
{
    private static DirectlyFollowsEdge Edge(string from, string to, int count) => new(from, to, count, null);

    [Fact]
    public void Of_ChainWithLoopBack_LayersFollowTheChain()
    {
        NameCount[] activities = [new("A", 10), new("B", 10), new("C", 10)];
        DirectlyFollowsEdge[] edges = [Edge("A", "B", 10), Edge("B", "C", 10), Edge("C", "B", 5)];

        var layout = ProcessMapLayout.Of(activities, [new("A", 10)], edges);

        Assert.Equal([0, 1, 2], new[] { "A", "B", "C" }.Select(a => layout.Layers[a]));
        Assert.True(layout.Positions["B"].Y > layout.Positions["A"].Y);
    }

    [Fact]
    public void Of_RareDetour_DoesNotPushTheMainPathDown()
    {
        NameCount[] activities = [new("Start", 100), new("End", 100), new("Detour", 1)];
        DirectlyFollowsEdge[] edges = [Edge("Start", "End", 99), Edge("Start", "Detour", 1), Edge("Detour", "End", 1)];

        var layout = ProcessMapLayout.Of(activities, [new("Start", 100)], edges);

        Assert.Equal(1, layout.Layers["End"]);
        Assert.Equal(1, layout.Layers["Detour"]);
    }
}
