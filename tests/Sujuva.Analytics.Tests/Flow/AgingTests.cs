using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class AgingTests
{
    [Fact]
    public void Of_OpenCase_HasAgesInBothConventionsAndAPace()
    {
        // Completed by 6.5 d, cycle times in inclusive days: 2 (days 1..2), 4 (1..4), 6 (1..6); d is still open.
        var cases = new[]
        {
            Simple("a", 0, 2, 1), Simple("b", 0, 4, 1), Simple("c", 0, 6, 1), Simple("d", 0, 8, 1),
            Simple("open", 0, null, 2), Simple("queued", 3, null),
        };

        var chart = AgingChart.Of(cases, T(6.5));

        var open = chart.Items.Single(i => i.CaseId == "open");
        Assert.Equal("tyo", open.Stage);
        Assert.Equal(6.5, open.LeadAgeElapsedDays, 12);
        Assert.Equal(7, open.LeadAgeInclusiveDays);
        Assert.Equal(4.5, open.CycleAgeElapsedDays!.Value, 12);
        Assert.Equal(5, open.CycleAgeInclusiveDays);
        Assert.Equal(200.0 / 3, open.Pace!.Value, 9); // 2 of 3 completed cycle times are ≤ 5 days
        var queued = chart.Items.Single(i => i.CaseId == "queued");
        Assert.Null(queued.CycleAgeInclusiveDays);
        Assert.Null(queued.Pace);
        Assert.Equal(3, chart.Items.Count);
        Assert.Equal((2.0, 4.0), (chart.CycleTimeBands!.P50, chart.CycleTimeBands.P85));
    }
}
