using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Metrics;
using static Sujuva.Web.Tests.Metrics.TwoServiceLog;

namespace Sujuva.Web.Tests.Metrics;

public sealed class FlowReportTests
{
    private static readonly LiveFlow Flow = LiveTimelines.From(Events(), Stages);
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);

    [Fact]
    public void Of_Network_ReportsHandWorkedFigures()
    {
        var report = FlowReport.Of(Flow, null, null, March1, March31, Day(6));

        Assert.Equal((1, 1), (report.Closed, report.Open));
        // Inclusive calendar days in Helsinki: 2 → 7 March is 6, 2 → 4 March is 3, 4 → 7 March is 4.
        Assert.Equal(new FlowPercentiles(1, 6, 6, 6, 6), report.LeadTime);
        Assert.Equal(new FlowPercentiles(1, 3, 3, 3, 3), report.QueueTime);
        Assert.Equal(new FlowPercentiles(1, 4, 4, 4, 4), report.CycleTime);
        Assert.Equal(0.6, report.Efficiency.TimeWeightedByStages, 12);
        Assert.Equal(0.6, report.Efficiency.MeanOfCasesByStages, 12);
        Assert.Equal(120.0 / 7200, report.Efficiency.TimeWeightedByEffort, 12);
        Assert.Equal(1.0, report.BlockedDaysByReason["WaitingForDocuments"], 12);
        Assert.Equal(31, report.ThroughputPerDay.Count);
        Assert.Equal(new DailyCount(new DateOnly(2026, 3, 7), 1), Assert.Single(report.ThroughputPerDay, d => d.Count > 0));
        Assert.Equal(1, report.WipNow);
        Assert.Equal(1, report.WipPerStage["Assessment"]);
    }

    [Fact]
    public void Of_Network_HandoffWaitCountsStartedAndDeclinedByReason()
    {
        var wait = Assert.Single(FlowReport.Of(Flow, null, null, March1, March31, Day(6)).HandoffWaits);

        Assert.Equal((City.Value, County.Value), (wait.FromOrganisationId, wait.ToOrganisationId));
        // Sent on day 1, first worked on day 5: 4 elapsed days.
        Assert.Equal((1, 4.0, 4.0), (wait.Started, wait.MedianDays, wait.P85Days));
        Assert.Equal((1, 1, 0), (wait.Declined, wait.DeclinedByReason["Incomplete"], wait.Pending));
    }

    [Fact]
    public void Of_ReceivingService_HasItsCaseAndTheHandoffsToIt()
    {
        var report = FlowReport.Of(Flow, new HashSet<ServiceId> { Rehab }, Rehab, March1, March31, Day(6));

        Assert.Equal((0, 1, 1), (report.Closed, report.Open, report.WipNow));
        Assert.Null(report.LeadTime);
        Assert.Equal(2, report.HandoffWaits.Sum(w => w.Started + w.Declined));
    }

    [Fact]
    public void Of_PeriodEndedBeforeClose_CaseCountsAsOpenAtPeriodEnd()
    {
        var report = FlowReport.Of(Flow, null, null, March1, new DateOnly(2026, 3, 3), Day(6));

        Assert.Equal(new DateTime(2026, 3, 3, 22, 0, 0, DateTimeKind.Utc), report.AsOf);
        // A closes on 7 March, after the period; B arrives on 4 March, after it too, so it is left out.
        Assert.Equal((0, 1, 1), (report.Closed, report.Open, report.WipNow));
    }
}
