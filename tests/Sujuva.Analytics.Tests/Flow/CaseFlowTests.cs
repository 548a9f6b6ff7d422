using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class CaseFlowTests
{
    private static readonly CaseFlow Closed = CaseFlow.Of(Worked(), T(30));

    [Fact]
    public void Of_ClosedCase_HasLeadQueueAndCycleTime()
    {
        Assert.True(Closed.IsClosed);
        Assert.Equal(TimeSpan.FromDays(8), Closed.LeadTime);
        Assert.Equal(TimeSpan.FromDays(2), Closed.QueueTime);
        Assert.Equal(TimeSpan.FromDays(6), Closed.CycleTime);
    }

    [Fact]
    public void Of_ReenteredStage_SumsItsVisits()
    {
        Assert.Equal(TimeSpan.FromDays(5), Closed.TimeInStage["tyo"]);
        Assert.Equal(TimeSpan.FromDays(2), Closed.TimeInStage["saapunut"]);
        Assert.Equal(TimeSpan.FromDays(1), Closed.TimeInStage["odottaa"]);
    }

    [Fact]
    public void Of_ClosedCase_HasBothFlowEfficiencies()
    {
        Assert.Equal(5.0 / 8, Closed.FlowEfficiencyByStages, 12);
        Assert.Equal(3.0 / (8 * 24), Closed.FlowEfficiencyByEffort, 12);
        Assert.Equal(TimeSpan.FromMinutes(180), Closed.Effort);
    }

    [Fact]
    public void Of_BlockedInsideWaitingStage_CountsIdleOnce()
    {
        Assert.Equal(TimeSpan.FromDays(2.5), Closed.BlockedTime);
        Assert.Equal(TimeSpan.FromDays(2), Closed.BlockedByReason["asunto"]);
        Assert.Equal(TimeSpan.FromDays(0.5), Closed.BlockedByReason["lausunto"]);
        // Waiting [0,2] ∪ [5,6] and blocked [1,3] ∪ [7,7.5] cover 3 + 1 + 0.5 days, not 3 + 2.5.
        Assert.Equal(TimeSpan.FromDays(4.5), Closed.IdleTime);
        Assert.Equal(3.5 / 8, Closed.FlowEfficiencyBlockedAsIdle, 12);
    }

    [Fact]
    public void Of_OpenCase_RunsToAsOfWithoutCycleTime()
    {
        var open = CaseFlow.Of(Worked(closed: false), T(10));

        Assert.False(open.IsClosed);
        Assert.Equal(TimeSpan.FromDays(10), open.LeadTime);
        Assert.Null(open.CycleTime);
        Assert.Equal(TimeSpan.FromDays(7), open.TimeInStage["tyo"]);
    }

    [Fact]
    public void Of_NeverWorkedClosedCase_QueueTimeIsLeadTime()
    {
        var flow = CaseFlow.Of(Simple("x", 0, 4), T(10));

        Assert.Equal(TimeSpan.FromDays(4), flow.QueueTime);
        Assert.Null(flow.CycleTime);
        Assert.Equal(0, flow.FlowEfficiencyByStages);
    }

    [Fact]
    public void Of_ZeroLeadTime_EfficiencyIsZero() =>
        Assert.Equal(0, CaseFlow.Of(Simple("x", 0, 0, 0), T(1)).FlowEfficiencyByStages);

    [Fact]
    public void PortfolioEfficiency_TwoCases_TimeWeightedDiffersFromMean()
    {
        // 5 of 10 days working (0.5) and 2 of 2 days working (1.0).
        var flows = new[] { Simple("a", 0, 10, 5), Simple("b", 0, 2, 0), Simple("open", 0, null, 1) }
            .Select(c => CaseFlow.Of(c, T(20)));

        var p = PortfolioEfficiency.Of(flows);

        Assert.Equal(2, p.Cases);
        Assert.Equal(7.0 / 12, p.TimeWeightedByStages, 12);
        Assert.Equal(0.75, p.MeanOfCasesByStages, 12);
    }
}
