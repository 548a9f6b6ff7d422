using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

/// <summary>Journey 3: the run chart of the rehabilitative work activity's queue time shifts after the change.</summary>
public sealed class ImprovementRunChartTests
{
    [Fact]
    public void RunChart_WeeklyRehabilitativeQueueTime_ShiftsAtTheImprovement()
    {
        var options = DefaultNetwork.Options;
        var timelines = SimulatedTimelines.From(DefaultNetwork.Value);
        // Arrivals from month 2 to month 10, so that the queue has formed and few are still waiting at the end.
        var (from, to) = (options.StartUtc.AddMonths(2), options.StartUtc.AddMonths(10));
        var weeks = timelines.Cases
            .Where((c, i) => timelines.ServiceOfCase[i] == DemoServices.RehabilitativeWorkActivity && c.Arrival >= from && c.Arrival < to)
            .GroupBy(c => (c.Arrival - from).Days / 7)
            .OrderBy(g => g.Key)
            .Select(g => (Week: g.Key, Median: Median(g.Select(c => CaseFlow.Of(c, options.EndUtc).QueueTime.TotalDays))))
            .ToArray();
        var changeWeek = (options.ImprovementUtc - from).Days / 7;
        var before = weeks.Count(w => w.Week < changeWeek);

        var whole = SpcCharts.Run(weeks.Select(w => w.Median).ToArray()).Chart!;
        var split = SpcCharts.Run(weeks.Select(w => w.Median).ToArray(), new ChartOptions { SplitAfter = [before] }).Chart!;

        Assert.True(whole.RunsSignal, "one centre line over the whole year should show non-random variation");
        Assert.True(split.Parts[1].Centre < split.Parts[0].Centre / 2,
            $"weekly median queue {split.Parts[0].Centre:F1} days before, {split.Parts[1].Centre:F1} after");
    }

    private static double Median(IEnumerable<double> values) => Percentiles.UpperMedian([.. values.Order()]);
}
