using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Simulation;

namespace Sujuva.Analytics.Tests.Simulation;

public sealed class SimulatedTimelinesTests
{
    private static readonly SimulatedTimelines Timelines = SimulatedTimelines.From(DefaultNetwork.Value);

    [Fact]
    public void From_DefaultNetwork_HasOneTimelinePerOpenedCase()
    {
        var operations = DefaultNetwork.Value.Operations;

        Assert.Equal(operations.OfType<OpenCase>().Count() + operations.OfType<AcceptReferral>().Count(), Timelines.Cases.Count);
        Assert.Equal(operations.OfType<SendReferral>().Count(), Timelines.Handoffs.Count);
        Assert.All(Timelines.Cases, c => Assert.True(c.Visits.Count > 0 && c.Visits[0].In == c.Arrival));
    }

    [Fact]
    public void FlowSummary_DefaultNetwork_GivesPlausibleFigures()
    {
        var summary = FlowSummary.Of(Timelines.Cases, DefaultNetwork.Options.EndUtc);

        Assert.True(summary.Closed > 1_000);
        Assert.True(summary.Open > 0);
        Assert.InRange(summary.LeadTime!.P50, 20, 200);
        Assert.True(summary.LeadTime.P50 <= summary.LeadTime.P85);
        Assert.InRange(summary.Efficiency.TimeWeightedByStages, 0.3, 1);
        Assert.InRange(summary.Efficiency.TimeWeightedByEffort, 0.0001, 0.2);
        Assert.Contains("WaitingForDecision", summary.BlockedDaysByReason.Keys);
    }

    [Fact]
    public void HandoffWait_DefaultNetwork_StartedWaitsAreNeverNegative()
    {
        var pairs = HandoffWait.PerPair(Timelines.Handoffs, DefaultNetwork.Options.EndUtc);

        Assert.Contains(pairs, p => p.ToOrganisation == DemoOrganisations.Kipina && p.Started > 20);
        Assert.All(pairs, p => Assert.True(p.MedianDays is null or >= 0));
        Assert.Contains(pairs, p => p.DeclinedByReason.ContainsKey(nameof(SimDeclineReason.Incomplete)));
    }
}
