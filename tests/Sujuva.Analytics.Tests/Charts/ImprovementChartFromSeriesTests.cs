using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Charts;

/// <summary>From case values to the verdict, as the web will call it: weekly medians, a change date, the run chart.</summary>
public sealed class ImprovementChartFromSeriesTests
{
    private static readonly DateOnly FirstMonday = new(2026, 1, 5);

    [Fact]
    public void WeeklyQueueTimes_HalvedAfterAMidweekChange_AreAShiftAndAnImprovement()
    {
        // 13 weeks of 20, 22, 24 days (median 22), then 7 weeks of 10, 11, 12 (median 11); the change is on
        // Wednesday 1 April, so the week of 30 March (across the spring clock change) is still the baseline's.
        var values = Enumerable.Range(0, 20).SelectMany(w => new[] { 0, 1, 2 }.Select(i => new CaseValue(
            $"c{w:00}{i}", DayCount.StartOfDayUtc(FirstMonday.AddDays((7 * w) + i + 1)).AddHours(10), w < 13 ? 20 + (2 * i) : 10 + i)));
        var (from, to) = (DayCount.StartOfDayUtc(FirstMonday), DayCount.StartOfDayUtc(FirstMonday.AddDays(7 * 20)));
        var series = MeasureSeries.WeeklyMedians(values, from, to, new ChangeDates([new DateOnly(2026, 4, 1)]));

        var chart = ImprovementChart.Of(ChartKind.Run, series).Chart!;

        Assert.Equal((13, false, 22.0), (chart.Baseline.Points, chart.Baseline.Trial, chart.Baseline.Centre));
        Assert.Equal("2026-W14", series.Points[12].X);
        Assert.Equal(DayCount.StartOfDayUtc(new DateOnly(2026, 4, 1)), chart.Frozen.Phases[1].From);
        Assert.Equal((7, 7, 11.0, SignalDirection.Improvement), (chart.Summaries[1].Points, chart.Summaries[1].Beating,
            chart.Summaries[1].Centre!.Value, chart.Summaries[1].Direction));
        Assert.True(chart.Frozen.Phases[1].RunsSignal); // 7 on one side: 0 crossings < C_min(7) = 1, 7 > L_max(7) = 6
        Assert.True(chart.AllPointsRunsSignal);
    }
}
