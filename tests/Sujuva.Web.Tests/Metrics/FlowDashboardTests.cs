using System.Text.Json;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Metrics;
using static Sujuva.Web.Tests.Metrics.TwoServiceLog;

namespace Sujuva.Web.Tests.Metrics;

/// <summary>The dashboard's figures on the hand-built two-service log; every expected value worked out by hand.</summary>
public sealed class FlowDashboardTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Sunday = new(2026, 3, 8);

    private static FlowScope CoachingScope() => new(FlowScopeKind.Service, Coaching.Value, "Coaching", new HashSet<ServiceId> { Coaching },
        ["Queue", "Work"], new Dictionary<string, StageKind> { ["Queue"] = StageKind.Waiting, ["Work"] = StageKind.Working })
        { Covers = new(FlowScopeKind.Service, "Coaching", 1, 1, "City") };

    private static FlowScope Network() => new(FlowScopeKind.Network, null, "", null, ["Queue", "Waiting", "Work", "Assessment"],
        Stages.Values.ToDictionary(s => s.Name, s => s.Kind)) { Covers = new(FlowScopeKind.Network, "", 2, 2, null) };

    [Fact]
    public void Of_Service_ClosedCaseHasHandWorkedTimesInInclusiveDays()
    {
        var view = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), CoachingScope(), Monday, Sunday, Day(10));

        // A: arrived Mon 2 Mar, first worked Wed 4 Mar, closed Sat 7 Mar (10:00 Helsinki each).
        var a = Assert.Single(view.Closed);
        Assert.Equal(new ClosedCasePoint(new DateOnly(2026, 3, 7), 6, 3, 4, 120), a);
        Assert.Equal(new WeeklyEffort(2026, 10, 1, 120), Assert.Single(view.EffortPerWeek));
        Assert.Equal(1, Assert.Single(view.ThroughputPerWeek).Count);
        Assert.Equal((0, 1), (view.Previous.Closed, view.Current.Closed));
        Assert.Equal(new DateOnly(2026, 2, 23), view.Previous.From);
        Assert.Equal(new DateOnly(2026, 3, 1), view.Previous.To);
        Assert.Empty(view.Aging.Items);
    }

    [Fact]
    public void Of_PeriodWithPartWeeks_WeeklyThroughputHasWholeWeeksOnly()
    {
        // Tue 3 Mar to Mon 9 Mar touches weeks 10 and 11 without holding either whole: no weekly point.
        var part = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), CoachingScope(), Monday.AddDays(1), Sunday.AddDays(1), Day(10));
        Assert.Equal(1, part.Current.Closed);
        Assert.Empty(part.ThroughputPerWeek);

        // Sun 1 Mar to Mon 9 Mar holds week 10 whole (A closed on Sat 7 Mar).
        var whole = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), CoachingScope(), Monday.AddDays(-1), Sunday.AddDays(1), Day(10));
        Assert.Equal(new WeeklyCount(2026, 10, 1), Assert.Single(whole.ThroughputPerWeek));
    }

    [Fact]
    public void Of_Service_CumulativeFlowCountsStagesAtEachDaysEnd()
    {
        var cfd = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), CoachingScope(), Monday, Sunday, Day(10)).CumulativeFlow;

        Assert.Equal(7, cfd.Count);
        Assert.Equal((1, 0, 1, 1), (cfd[0].CumulativeArrivals, cfd[0].CumulativeDepartures, cfd[0].PerStage["Queue"], cfd[0].Wip));
        Assert.Equal((0, 1), (cfd[2].PerStage["Queue"], cfd[2].PerStage["Work"]));  // Wed: moved to Work
        Assert.Equal((1, 1, 0, 0), (cfd[5].CumulativeArrivals, cfd[5].CumulativeDepartures, cfd[5].PerStage["Work"], cfd[5].Wip));
    }

    [Fact]
    public void Of_Service_ValueStreamHasStageTimesEffortAndIncompleteReferralAsRework()
    {
        var stream = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), CoachingScope(), Monday, Sunday, Day(10)).ValueStream;

        var (queue, work) = (stream.Steps[0], stream.Steps[1]);
        Assert.Equal(("Queue", 2.0, 0.0), (queue.Stage, queue.LeadTimeDays, queue.ProcessTimeDays));
        Assert.Equal(("Work", 3.0), (work.Stage, work.LeadTimeDays));
        Assert.Equal(120 / 1440.0, work.ProcessTimeDays, 12);
        // R2 left Queue declined as incomplete: 1 rework of 1 leaving, so 0 % complete and accurate.
        Assert.Equal((1, 1, 0.0), (queue.Leaving, queue.Rework, queue.PercentCompleteAccurate));
        Assert.Equal(100 * (120 / 1440.0) / 5.0, stream.ActivityRatio, 9);
    }

    [Fact]
    public void Of_Network_AgingShowsOpenReceivingCaseWithItsAges()
    {
        var view = FlowDashboardView.Of(LiveTimelines.From(Events(), Stages), Network(), Monday, Sunday, Day(6));

        // B: arrived Wed 4 Mar (referral accepted), in Assessment since Sat 7 Mar; now is Sun 8 Mar.
        var b = Assert.Single(view.Aging.Items);
        Assert.Equal(("Assessment", 5, 2), (b.Stage, b.LeadAgeInclusiveDays, b.CycleAgeInclusiveDays));
        Assert.Equal(["Queue", "Waiting", "Work", "Assessment"], view.Stages);
    }

    [Fact]
    public void Builder_EventsAppliedInTwoBatches_GiveTheSameFiguresAsOne()
    {
        var events = EventsWithReopen();
        var builder = new LiveFlowBuilder();
        builder.Apply(events.Take(7), Stages);
        var early = builder.Snapshot();
        builder.Apply(events.Skip(7), Stages);

        var once = FlowReport.Of(LiveTimelines.From(events, Stages), null, null, Monday, Sunday, Day(10));
        var twice = FlowReport.Of(builder.Snapshot(), null, null, Monday, Sunday, Day(10));
        Assert.Equal(JsonSerializer.Serialize(once), JsonSerializer.Serialize(twice));
        Assert.NotSame(early, builder.Snapshot());
        Assert.Same(builder.Snapshot(), builder.Snapshot());
        Assert.Equal(events.Count, builder.EventCount);
    }
}
