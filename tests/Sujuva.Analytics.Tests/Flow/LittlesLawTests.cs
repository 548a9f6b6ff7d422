using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class LittlesLawTests
{
    [Fact]
    public void Of_SteadyFlow_PredictsTheLeadTime()
    {
        // One arrival a day, each case stays exactly five days: WIP 5, throughput 1/day.
        var cases = Enumerable.Range(-10, 60).Select(i => Simple($"c{i}", i, i + 5.0, i + 1.0)).ToArray();
        var from = new DateOnly(2025, 1, 16);

        var hint = LittlesLawHint.Of(cases, from, from.AddDays(29));

        Assert.Equal(5, hint.MeanWip, 9);
        Assert.Equal(1, hint.MeanDailyThroughput, 9);
        Assert.Equal(5, hint.PredictedDays!.Value, 9);
        Assert.Equal(5, hint.MeanLeadTimeDays!.Value, 9);
        Assert.Equal(4, hint.MeanCycleTimeDays!.Value, 9);
        Assert.True(hint.LooksStable);
    }

    [Fact]
    public void Of_GrowingQueue_IsNotStable()
    {
        var cases = Enumerable.Range(0, 40).Select(i => Simple($"c{i}", i / 4.0, i % 4 == 0 ? i / 4.0 + 1 : null)).ToArray();
        var from = new DateOnly(2025, 1, 6);

        Assert.False(LittlesLawHint.Of(cases, from, from.AddDays(9)).LooksStable);
    }
}
