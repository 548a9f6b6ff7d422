using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Charts;

public sealed class ImprovementChartTests
{
    private const int Precision = 3;

    // METRICS.md §5: the I-chart test vector.
    private static readonly double[] Vector = [10, 12, 11, 13, 40, 12, 11, 10, 12, 13];

    [Fact]
    public void I_TestVectorUnscreened_LimitsAre33608AndMinus4808()
    {
        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of(Vector), new() { ScreenedMovingRanges = false }).Chart!;

        Assert.Equal(14.4, chart.Baseline.Centre, 9);
        Assert.Equal(14.4 + (3 * (65.0 / 9) / 1.128), chart.Baseline.Upper!.Value, 9);
        Assert.Equal(33.608, chart.Baseline.Upper!.Value, Precision);
        Assert.Equal(-4.808, chart.Baseline.Lower!.Value, Precision);
        Assert.False(chart.Baseline.LowerClipped);
        Assert.Equal([4], Flagged(chart.Frozen, ChartRules.Sigma3)); // only the 40
    }

    [Fact]
    public void I_TestVectorScreenedByDefault_LimitsAre18199And10601AndBothTensFallBelow()
    {
        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of(Vector)).Chart!;

        Assert.True(chart.Options.ScreenedMovingRanges);
        Assert.Equal(14.4 + (3 * (10.0 / 7) / 1.128), chart.Baseline.Upper!.Value, 9); // MR̄ 1.428571: 27 and 28 dropped
        Assert.Equal(18.199, chart.Baseline.Upper!.Value, Precision);
        Assert.Equal(10.601, chart.Baseline.Lower!.Value, Precision);
        Assert.Equal([0, 4, 7], Flagged(chart.Frozen, ChartRules.Sigma3));
        Assert.Equal(["sigma"], chart.Frozen.Points[0].SignalNames);
        Assert.Equal(SignalDirection.Improvement, chart.Frozen.Points[0].Direction);  // a low duration is good
        Assert.Equal(SignalDirection.Deterioration, chart.Frozen.Points[4].Direction);
    }

    [Fact]
    public void I_NegativeLowerLimitOfADuration_IsClippedAtZeroAndSaysSo()
    {
        var options = new ImprovementChartOptions { ScreenedMovingRanges = false, ClipLowerAtZero = true };

        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of(Vector), options).Chart!;

        Assert.Equal(0, chart.Baseline.Lower);
        Assert.True(chart.Baseline.LowerClipped);
        Assert.True(chart.Frozen.LowerClipped && chart.Phases.LowerClipped);
        Assert.All(chart.Frozen.Points, p => Assert.Equal(0, p.Lower));
    }

    [Fact]
    public void I_PositiveLowerLimit_IsNotClipped()
    {
        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of(Vector), new() { ClipLowerAtZero = true }).Chart!;

        Assert.Equal(10.601, chart.Baseline.Lower!.Value, Precision);
        Assert.False(chart.Baseline.LowerClipped || chart.Frozen.LowerClipped);
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void Baseline_UnderTwelvePoints_GivesTrialLimits(int baseline, bool trial)
    {
        var series = ImprovementSeries.Of([.. Enumerable.Range(0, baseline).Select(i => (double)(i % 3))], [5, 6, 5]);

        var chart = ImprovementChart.Of(ChartKind.Run, series).Chart!;

        Assert.Equal((baseline, trial), (chart.Baseline.Points, chart.Baseline.Trial));
    }

    [Fact]
    public void Of_BaselineOfOnePoint_IsRefused()
    {
        var result = ImprovementChart.Of(ChartKind.Run, ImprovementSeries.Of([3], [4, 5, 6]));

        Assert.Equal("Charts.BaselineTooShort", result.RefusalCode);
    }

    [Fact]
    public void Of_AChartKindWithoutImprovementRules_IsRefused() =>
        Assert.Equal("Charts.KindNotForImprovements", ImprovementChart.Of(ChartKind.MR, ImprovementSeries.Of([1, 2, 3])).RefusalCode);

    [Fact]
    public void Of_NoChangeYet_HasOnePhaseThatIsTheBaseline()
    {
        var chart = ImprovementChart.Of(ChartKind.Run, ImprovementSeries.Of([4, 1, 3, 2])).Chart!;

        Assert.Equal(2.5, chart.Baseline.Centre);
        Assert.Single(chart.Frozen.Phases);
        Assert.Equal(2.5, chart.Phases.Phases[0].Centre);
    }

    [Fact]
    public void SignalNames_ParseAndName_RoundTrip()
    {
        Assert.Equal(["runs", "sigma", "we2", "nelson3"], SignalNames.Of(ChartRules.Default | ChartRules.WesternElectric2 | ChartRules.Nelson3));
        Assert.Equal(ChartRules.WesternElectric2, SignalNames.Parse("we2"));
        Assert.Equal(ChartRules.Nelson, SignalNames.Parse("nelson"));
        Assert.Null(SignalNames.Parse("astrology"));
    }

    internal static int[] Flagged(ImprovementView view, ChartRules rule) =>
        [.. view.Points.Where(p => p.Signals.HasFlag(rule)).Select(p => p.Index)];
}
