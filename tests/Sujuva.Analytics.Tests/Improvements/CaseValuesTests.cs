using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Improvements;

/// <summary>Each case's value of a case measure and the instant it counts at (METRICS.md §11).</summary>
public sealed class CaseValuesTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    // Arrives at T0, waits 2 days in Jono, works 3 days in Arviointi (blocked 1 day of it), waits 1 day in Seuranta, closes at day 6.
    private static readonly CaseTimeline Closed = new("closed", "org", T0, T0.AddDays(6),
        [
            new("Jono", StageKind.Waiting, T0, T0.AddDays(2)),
            new("Arviointi", StageKind.Working, T0.AddDays(2), T0.AddDays(5)),
            new("Seuranta", StageKind.Waiting, T0.AddDays(5), T0.AddDays(6)),
        ],
        [new("WaitingForDecision", T0.AddDays(3), T0.AddDays(4))],
        [new(T0.AddDays(2.5), 90, "Arviointi"), new(T0.AddDays(4.5), 30, "Arviointi"), new(T0.AddDays(7), 45, null)]);

    // Arrives a day later, first works at day 4, still open.
    private static readonly CaseTimeline Open = new("open", "org", T0.AddDays(1), null,
        [new("Jono", StageKind.Waiting, T0.AddDays(1), T0.AddDays(4)), new("Arviointi", StageKind.Working, T0.AddDays(4), null)], [], []);

    // Never worked: waits, still open.
    private static readonly CaseTimeline Waiting = new("waiting", "org", T0.AddDays(2), null,
        [new("Jono", StageKind.Waiting, T0.AddDays(2), null)], [], []);

    private static readonly DateTime AsOf = T0.AddDays(10);

    private static List<(string Id, DateTime At, double Value)> Of(CaseMetric metric, string? stage = null) =>
        [.. CaseValues.Of(metric, [Closed, Open, Waiting], AsOf, t => t.CaseId, stage).Select(v => (v.CaseId, v.Instant, v.Value))];

    [Fact]
    public void QueueTime_CountsAtTheFirstWorkingEntry_ANeverWorkedCaseNotYet()
    {
        Assert.Equal([("closed", T0.AddDays(2), 2.0), ("open", T0.AddDays(4), 3.0)], Of(CaseMetric.QueueTime));
    }

    [Fact]
    public void LeadCycleAndStageTime_CountAtTheClose_InElapsedDays()
    {
        Assert.Equal([("closed", T0.AddDays(6), 6.0)], Of(CaseMetric.LeadTime));
        Assert.Equal([("closed", T0.AddDays(6), 4.0)], Of(CaseMetric.CycleTime));
        Assert.Equal([("closed", T0.AddDays(6), 3.0)], Of(CaseMetric.TimeInStage, "Arviointi"));
        Assert.Empty(Of(CaseMetric.TimeInStage, "Työtoiminta"));
    }

    [Fact]
    public void EffortAndFlowEfficiencies_CountWorkLoggedUpToTheClose()
    {
        // 90 + 30 minutes before the close; the 45 after it is not the closed case's work.
        Assert.Equal([("closed", T0.AddDays(6), 120.0)], Of(CaseMetric.Effort));
        Assert.Equal(3.0 / 6, Of(CaseMetric.FlowEfficiencyStages).Single().Value, 12);
        Assert.Equal(120.0 / (6 * 24 * 60), Of(CaseMetric.FlowEfficiencyEffort).Single().Value, 12);
    }

    [Fact]
    public void WeeklyMeans_AreTheMeanOfTheWeeksValuesWithTheirCount()
    {
        var from = new DateTime(2026, 3, 1, 22, 0, 0, DateTimeKind.Utc); // Monday 2 March 2026 00:00 in Helsinki
        CaseValue[] ratings = [new("a", from.AddDays(1), 5), new("b", from.AddDays(2), 4), new("c", from.AddDays(3), 2), new("d", from.AddDays(9), 3)];

        var series = MeasureSeries.WeeklyMeans(ratings, from, from.AddDays(14), ChangeDates.None);

        Assert.Equal([("2026-W10", 11.0 / 3, 3), ("2026-W11", 3.0, 1)], series.Points.Select(p => (p.X, p.Y, p.N!.Value)));
    }
}
