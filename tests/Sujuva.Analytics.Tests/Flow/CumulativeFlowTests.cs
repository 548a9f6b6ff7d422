using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class CumulativeFlowTests
{
    private static readonly DateOnly Monday = new(2025, 1, 6);

    [Fact]
    public void Daily_TwoCases_CountsStagesArrivalsAndDepartures()
    {
        var cases = new[] { Simple("a", 0, 2.1, 1), Simple("b", 1, null) };

        var days = CumulativeFlow.Daily(cases, Monday, Monday.AddDays(3));

        Assert.Equal([1, 2, 2, 2], days.Select(d => d.CumulativeArrivals));
        Assert.Equal([0, 0, 1, 1], days.Select(d => d.CumulativeDepartures));
        Assert.Equal([1, 2, 1, 1], days.Select(d => d.Wip));
        Assert.Equal([1, 1, 1, 1], days.Select(d => d.PerStage["jono"]));
        Assert.Equal([0, 1, 0, 0], days.Select(d => d.PerStage["tyo"]));
    }

    [Fact]
    public void At_Instant_CountsOpenCasesPerStage()
    {
        var cases = new[] { Simple("a", 0, 2, 1), Simple("b", 1, null), Simple("late", 5, null) };

        var (wip, perStage) = CumulativeFlow.At(cases, T(1.5));

        Assert.Equal(2, wip);
        Assert.Equal(1, perStage["tyo"]);
        Assert.Equal(1, perStage["jono"]);
    }

    [Fact]
    public void At_CloseInstant_CaseIsNoLongerInProgress() =>
        Assert.Equal(0, CumulativeFlow.At([Simple("a", 0, 2)], T(2)).Wip);
}
