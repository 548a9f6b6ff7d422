using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

public sealed class ImprovementStoryTests
{
    [Theory]
    [InlineData(0)] // the default seed
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_AnySeed_RehabilitativeQueueTimeFallsAfterTheImprovement(int seed)
    {
        var options = seed == 0 ? DefaultNetwork.Options : DefaultNetwork.Options with { Seed = seed };
        var network = seed == 0 ? DefaultNetwork.Value : NetworkSimulator.Run(options);
        var improvement = options.ImprovementUtc;
        var end = options.EndUtc;
        var arrivals = RehabilitativeArrivals(network);
        var starts = network.Operations.OfType<MoveCase>().Where(m => m.StageKey == "aloitusjakso")
            .GroupBy(m => m.CaseKey).ToDictionary(g => g.Key, g => g.First().At);
        double QueueDays(KeyValuePair<int, DateTime> a) =>
            ((starts.TryGetValue(a.Key, out var s) ? s : end) - a.Value).TotalDays;

        // Before: arrivals in the three months up to the change, when the queue has formed.
        var before = Median(arrivals.Where(a => a.Value >= improvement.AddMonths(-3) && a.Value < improvement).Select(QueueDays));
        // After: arrivals in the two months after it, so that few are still waiting at the end.
        var after = Median(arrivals.Where(a => a.Value >= improvement && a.Value < improvement.AddMonths(2)).Select(QueueDays));

        Assert.True(after < before / 2, $"median queue {before:F1} days before, {after:F1} after");
    }

    private static Dictionary<int, DateTime> RehabilitativeArrivals(SimulatedNetwork network)
    {
        var toService = new Dictionary<int, string>();
        var arrivals = new Dictionary<int, DateTime>();
        foreach (var operation in network.Operations)
        {
            if (operation is SendReferral s) toService[s.ReferralKey] = s.ToServiceKey;
            else if (operation is AcceptReferral a && toService[a.ReferralKey] == DemoServices.RehabilitativeWorkActivity)
                arrivals[a.NewCaseKey] = a.At;
        }

        return arrivals;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        Assert.True(sorted.Length >= 20, $"only {sorted.Length} arrivals");
        return Percentiles.UpperMedian(sorted);
    }
}
