using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Improvements;

/// <summary>The series of METRICS.md §11 from plain case values.</summary>
public sealed class MeasureSeriesTests
{
    // Monday 5 January 2026 00:00 in Helsinki (+2), and four whole weeks after it.
    private static readonly DateTime From = new(2026, 1, 4, 22, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = From.AddDays(28);

    private static DateTime Local(int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, month, day, hour, minute, 0), DayCount.Helsinki);

    [Fact]
    public void WeeklyMedians_EvenCountIsTheMeanOfTheMiddleTwo_AndAnEmptyWeekHasNoPoint()
    {
        CaseValue[] values =
        [
            new("a", Local(1, 5, 9), 1), new("b", Local(1, 6, 9), 3), new("c", Local(1, 8, 9), 2), new("d", Local(1, 11, 23, 30), 10),
            new("e", Local(1, 26, 9), 4),
        ];

        var series = MeasureSeries.WeeklyMedians(values, From, To, ChangeDates.None);

        Assert.Equal(["2026-W02", "2026-W05"], series.Points.Select(p => p.X));
        Assert.Equal((2.5, 4), (series.Points[0].Y, series.Points[0].N!.Value));
        Assert.Equal((4.0, 1), (series.Points[1].Y, series.Points[1].N!.Value));
        Assert.Equal(From, series.Points[0].Instant);
    }

    [Fact]
    public void WeeklyMedians_AcrossTheSpringChange_SundayNightStaysInItsWeek()
    {
        // 29 March 2026 23:30 and 30 March 00:30 local are both 29 March in UTC.
        CaseValue[] values = [new("a", Local(3, 29, 23, 30), 10), new("b", Local(3, 30, 0, 30), 20)];
        var (from, to) = (Local(3, 23, 0), Local(4, 6, 0));

        var series = MeasureSeries.WeeklyMedians(values, from, to, ChangeDates.None);

        Assert.Equal([("2026-W13", 10.0), ("2026-W14", 20.0)], series.Points.Select(p => (p.X, p.Y)));
    }

    [Fact]
    public void WeeklyMedians_AcrossTheAutumnChange_SundayNightStaysInItsWeek()
    {
        CaseValue[] values = [new("a", Local(10, 25, 23, 30), 10), new("b", Local(10, 26, 0, 30), 20)];
        var (from, to) = (Local(10, 19, 0), Local(11, 2, 0));

        var series = MeasureSeries.WeeklyMedians(values, from, to, ChangeDates.None);

        Assert.Equal([("2026-W43", 10.0), ("2026-W44", 20.0)], series.Points.Select(p => (p.X, p.Y)));
    }

    [Fact]
    public void WeeklyCounts_AWeekWithoutAnyIsZero()
    {
        var series = MeasureSeries.WeeklyCounts([Local(1, 5, 9), Local(1, 6, 9), Local(1, 20, 9), Local(2, 2, 9)], From, To, ChangeDates.None);

        Assert.Equal([2.0, 0, 1, 0], series.Points.Select(p => p.Y)); // 2 February is after the period
        Assert.All(series.Points, p => Assert.Null(p.N));
    }

    [Fact]
    public void WeeklyProportions_WeeksWithoutAnswersHaveNoPoint()
    {
        YesNo[] answers = [new(Local(1, 5, 9), true), new(Local(1, 6, 9), false), new(Local(1, 7, 9), true), new(Local(1, 21, 9), true)];

        var series = MeasureSeries.WeeklyProportions(answers, From, To, ChangeDates.None);

        Assert.Equal([("2026-W02", 2.0 / 3, 3), ("2026-W04", 1.0, 1)], series.Points.Select(p => (p.X, p.Y, p.N!.Value)));
    }

    [Fact]
    public void WeeklyWip_CountsCasesOpenWhenTheWeekEnds()
    {
        CaseSpan[] cases = [new(Local(1, 5, 9), null), new(Local(1, 6, 9), Local(1, 13, 9)), new(Local(1, 14, 9), From.AddDays(21))];

        var series = MeasureSeries.WeeklyWip(cases, From, To, ChangeDates.None);

        // Week 1 ends with the first two open; week 2 after the second closed and the third began; week 3 ends as the third closes.
        Assert.Equal([2.0, 2, 1, 1], series.Points.Select(p => p.Y));
    }

    [Fact]
    public void Individuals_OrderedByInstantThenCaseId_InThePeriodOnly()
    {
        var at = Local(1, 7, 12);
        CaseValue[] values = [new("b", at, 2), new("a", at, 1), new("c", Local(1, 6, 9), 3), new("z", From.AddDays(-1), 9), new("y", To, 9)];

        var series = MeasureSeries.Individuals(values, From, To, ChangeDates.None);

        Assert.Equal(["c", "a", "b"], series.Points.Select(p => p.X));
        Assert.All(series.Points, p => Assert.Null(p.N));
    }

    [Fact]
    public void Phases_TheWeekThatContainsAMidweekChange_StillBelongsToTheEarlierPhase()
    {
        // Change on Wednesday 14 January: the week of 12 January is still phase 0, the week of 19 January is phase 1.
        var changes = new ChangeDates([new DateOnly(2026, 1, 14)]);

        var series = MeasureSeries.WeeklyCounts([], From, To, changes);

        Assert.Equal([0, 0, 1, 1], series.Points.Select(p => p.Phase));
        Assert.Equal((Local(1, 14, 0), (DateTime?)null), (series.Phases[1].From, series.Phases[1].To));
        Assert.Equal((From, (DateTime?)Local(1, 14, 0)), (series.Phases[0].From, series.Phases[0].To));
    }

    [Fact]
    public void Phases_AChangeOnAMonday_StartsWithThatWeek()
    {
        var series = MeasureSeries.WeeklyCounts([], From, To, new ChangeDates([new DateOnly(2026, 1, 19)]));

        Assert.Equal([0, 0, 1, 1], series.Points.Select(p => p.Phase));
    }

    [Fact]
    public void Phases_ACasePointIsInThePhaseInForceAtItsInstant()
    {
        var changes = new ChangeDates([new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 21)]);
        CaseValue[] values = [new("a", Local(1, 13, 23, 59), 1), new("b", Local(1, 14, 0, 1), 1), new("c", Local(1, 21, 8), 1)];

        var series = MeasureSeries.Individuals(values, From, To, changes);

        Assert.Equal([0, 1, 2], series.Points.Select(p => p.Phase));
        Assert.Equal([1, 1, 1], series.PointsPerPhase());
    }
}
