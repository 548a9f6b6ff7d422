using Sujuva.Analytics.Flow;
using Sujuva.Web.Features.Metrics;
using static Sujuva.Web.Tests.Metrics.TwoServiceLog;

namespace Sujuva.Web.Tests.Metrics;

public sealed class LiveTimelinesTests
{
    private static readonly LiveFlow Flow = LiveTimelines.From(Events(), Stages);

    private static CaseTimeline Timeline(Features.CaseId id) =>
        Flow.Cases.Single(c => c.Timeline.CaseId == id.Value.ToString()).Timeline;

    [Fact]
    public void From_ClosedCase_HasArrivalCloseVisitsBlockAndWork()
    {
        var a = Timeline(A);

        Assert.Equal((Day(0), Day(5)), (a.Arrival, a.Closed));
        Assert.Equal(City.Value.ToString(), a.Organisation);
        Assert.Equal([new StageVisit("Queue", StageKind.Waiting, Day(0), Day(2)), new StageVisit("Work", StageKind.Working, Day(2), Day(5))], a.Visits);
        Assert.Equal([new BlockInterval("WaitingForDocuments", Day(0.5), Day(1.5))], a.Blocks);
        Assert.Equal([new WorkEntry(Day(3), 120, "Work")], a.Work);
    }

    [Fact]
    public void From_ClosedCase_FlowFiguresMatchHandWorkedValues()
    {
        var flow = CaseFlow.Of(Timeline(A), Day(6));

        // Lead 0 → 5 days, queue 0 → 2 (first working entry), cycle 2 → 5.
        Assert.Equal((TimeSpan.FromDays(5), TimeSpan.FromDays(2), TimeSpan.FromDays(3)), (flow.LeadTime, flow.QueueTime, flow.CycleTime!.Value));
        Assert.Equal(3.0 / 5, flow.FlowEfficiencyByStages, 12);
        Assert.Equal(120.0 / (5 * 24 * 60), flow.FlowEfficiencyByEffort, 12);
        Assert.Equal(TimeSpan.FromDays(1), flow.BlockedByReason["WaitingForDocuments"]);
        // The block lies inside the 2 waiting days, so idle time is 2 days, not 3.
        Assert.Equal(TimeSpan.FromDays(2), flow.IdleTime);
    }

    [Fact]
    public void From_CaseOpenedByReferral_ArrivesAtAcceptanceAndStaysOpen()
    {
        var b = Timeline(B);

        Assert.Equal((Day(2), (DateTime?)null), (b.Arrival, b.Closed));
        Assert.Equal([new StageVisit("Waiting", StageKind.Waiting, Day(2), Day(5)), new StageVisit("Assessment", StageKind.Working, Day(5), null)], b.Visits);
    }

    [Fact]
    public void From_AcceptedReferral_EndsAtReceivingCaseFirstWorkingEntry()
    {
        var h = Flow.Handoffs.Select(h => h.Handoff).Single(h => h.DeclineReason is null);

        Assert.Equal(new Handoff(City.Value.ToString(), County.Value.ToString(), Day(1), Day(2), null, Day(5)) { FromStage = "Queue" }, h);
        Assert.Equal((Coaching, Rehab), (Flow.Handoffs[0].FromServiceId, Flow.Handoffs[0].ToServiceId));
    }

    [Fact]
    public void From_DeclinedReferral_KeepsReasonAndHasNoStart()
    {
        var h = Flow.Handoffs.Select(h => h.Handoff).Single(h => h.IsDeclined);

        Assert.Equal((Day(1), Day(1.5), "Incomplete", (DateTime?)null), (h.Sent, h.Decided, h.DeclineReason, h.FirstWorkingInReceivingCase));
    }

    [Fact]
    public void From_ReopenedCase_KeepsArrivalAndAddsVisitUntilSecondClose()
    {
        var a = LiveTimelines.From(EventsWithReopen(), Stages).Cases.Single(c => c.Timeline.CaseId == A.Value.ToString()).Timeline;

        Assert.Equal((Day(0), Day(7)), (a.Arrival, a.Closed));
        Assert.Equal(new StageVisit("Queue", StageKind.Waiting, Day(6), Day(7)), a.Visits[^1]);
        Assert.Equal(3, a.Visits.Count);
    }
}
