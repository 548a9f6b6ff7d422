using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;

namespace Sujuva.Analytics.Tests.Charts;

/// <summary>The frozen-baseline and per-phase readings of one series, against figures worked out by hand.</summary>
public sealed class ImprovementChartViewsTests
{
    // Weekly median queue times. Baseline sorted: 9 10 10 11 11 11 12 12 12 13 13 14 → median (11 + 12) / 2 = 11.5.
    private static readonly double[] Baseline = [10, 12, 11, 13, 9, 12, 14, 10, 11, 13, 12, 11];

    // After the change, sorted: 7 8 8 8 9 9 10 12 → its own median (8 + 9) / 2 = 8.5.
    private static readonly double[] After = [8, 9, 7, 8, 10, 9, 8, 12];

    private static ImprovementChart Chart() => ImprovementChart.Of(ChartKind.Run, ImprovementSeries.Of(Baseline, After)).Chart!;

    [Fact]
    public void Frozen_BaselineMedianIsCarriedAcrossTheLaterPhase()
    {
        var chart = Chart();

        Assert.Equal((12, false, 11.5), (chart.Baseline.Points, chart.Baseline.Trial, chart.Baseline.Centre));
        Assert.All(chart.Frozen.Points, p => Assert.Equal(11.5, p.Centre));
        Assert.Null(chart.Baseline.Upper); // a run chart has no limits
    }

    [Fact]
    public void Frozen_LaterPhaseAgainstTheBaselineMedian_IsAShiftAndAnImprovement()
    {
        // Against 11.5: seven below, then the 12 above. Longest run 7 > L_max(8) = 6; 1 crossing ≥ C_min(8) = 1.
        var phase = Chart().Frozen.Phases[1];

        Assert.Equal((8, 8, 7, 6, 1, 1), (phase.Points, phase.Useful, phase.LongestRun, phase.LongestRunMax, phase.Crossings, phase.CrossingsMin));
        Assert.True(phase.RunsSignal);
        Assert.Equal((11.5, ChartRules.Anhoj, SignalDirection.Improvement), (phase.Centre!.Value, phase.Signals, phase.Direction));
    }

    [Fact]
    public void Frozen_PointsOfTheShiftedPhaseAreNamedRunsAndTheBaselinesAreNot()
    {
        var points = Chart().Frozen.Points;

        Assert.All(points.Take(12), p => Assert.Empty(p.SignalNames));
        Assert.All(points.Skip(12), p => Assert.Equal(["runs"], p.SignalNames));
        Assert.All(points.Skip(12), p => Assert.Equal(SignalDirection.Improvement, p.Direction)); // even the 12: the shift is the phase's
    }

    [Fact]
    public void Frozen_BaselinePhaseOnItsOwn_HasNoSignal()
    {
        // Signs − + − + − + + − − + + −: 9 runs, 8 crossings ≥ C_min(12) = 3, longest 2 ≤ 7.
        var phase = Chart().Frozen.Phases[0];

        Assert.Equal((12, 2, 8), (phase.Useful, phase.LongestRun, phase.Crossings));
        Assert.False(phase.RunsSignal);
        Assert.Null(phase.Direction);
    }

    [Fact]
    public void AllPoints_AgainstTheBaselineMedian_SignalAcrossTheChange()
    {
        // The baseline's last point (11) and the seven low ones make one run of 8 > L_max(20) = 7; 10 runs, 9 crossings.
        var chart = Chart();

        Assert.Equal((20, 8, 7, 9, 6), (chart.AllPoints.UsefulObservations, chart.AllPoints.LongestRun, chart.AllPoints.LongestRunMax,
            chart.AllPoints.Crossings, chart.AllPoints.CrossingsMin));
        Assert.True(chart.AllPointsRunsSignal);
    }

    [Fact]
    public void Phases_EachPhaseHasItsOwnMedianAndRunsAnalysis()
    {
        // Against its own 8.5: − + − − + + − +: 6 runs, 5 crossings, longest 2: random.
        var chart = Chart();
        var phase = chart.Phases.Phases[1];

        Assert.Equal([11.5, 8.5], chart.Phases.Phases.Select(p => p.Centre!.Value));
        Assert.Equal((8, 2, 5), (phase.Useful, phase.LongestRun, phase.Crossings));
        Assert.False(phase.RunsSignal);
        Assert.Null(phase.Direction);
        Assert.All(chart.Phases.Points.Skip(12), p => Assert.Equal((8.5, ChartRules.None), (p.Centre, p.Signals)));
    }

    [Fact]
    public void Summary_GivesTheNumbersOfTheScreenReaderSentence()
    {
        // "Since <from>, 7 of 8 weeks below the baseline median: a shift, improvement."
        var chart = Chart();
        var summary = chart.Summaries[1];

        Assert.Equal((8, 8, 7, 1), (summary.Points, summary.Useful, summary.Beating, summary.Worse));
        Assert.Equal((11.5, 8.5, Better.Lower), (summary.BaselineCentre, summary.Centre!.Value, summary.Better));
        Assert.Equal((ChartRules.Anhoj, SignalDirection.Improvement), (summary.Signals, summary.Direction));
        Assert.Equal(chart.Series.Phases[1].From, summary.From);
    }

    [Fact]
    public void Summary_HigherIsBetter_TheSameShiftIsADeterioration()
    {
        var chart = ImprovementChart.Of(ChartKind.Run, ImprovementSeries.Of(Baseline, After), new() { Better = Better.Higher }).Chart!;

        Assert.Equal((1, 7, SignalDirection.Deterioration), (chart.Summaries[1].Beating, chart.Summaries[1].Worse, chart.Summaries[1].Direction));
    }

    [Fact]
    public void I_JumpAfterTheChange_IsBeyondTheFrozenLimitsButWithinItsOwn()
    {
        // Baseline 10 12 11 13: mean 11.5, MR̄ 5/3, limits 11.5 ± 3 · (5/3) / 1.128 = 7.067 / 15.933.
        // After: 20 21 20 22: mean 20.75, MR̄ 4/3, limits 17.204 / 24.296.
        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of([10, 12, 11, 13], [20, 21, 20, 22])).Chart!;
        var frozen = chart.Frozen.Phases[1];
        var own = chart.Phases.Phases[1];

        Assert.True(chart.Baseline.Trial);
        Assert.Equal((7.067, 15.933), (Math.Round(frozen.Lower!.Value, 3), Math.Round(frozen.Upper!.Value, 3)));
        Assert.Equal((20.75, 17.204, 24.296), (own.Centre!.Value, Math.Round(own.Lower!.Value, 3), Math.Round(own.Upper!.Value, 3)));
        Assert.Equal([4, 5, 6, 7], ImprovementChartTests.Flagged(chart.Frozen, ChartRules.Sigma3));
        Assert.Empty(ImprovementChartTests.Flagged(chart.Phases, ChartRules.Sigma3));
        Assert.Equal((ChartRules.Sigma3, SignalDirection.Deterioration), (frozen.Signals, frozen.Direction)); // longer is worse
        Assert.False(frozen.RunsSignal); // four points are too few for the runs rules
    }

    [Fact]
    public void P_DropBelowTheFrozenLimit_IsADeteriorationOfCsat()
    {
        // p̄ = 64 / 80 = 0.8, σ = √(0.8 · 0.2 / 20) = 0.0894; limits 0.532 / 1.068 clipped to 1.
        var series = ImprovementSeries.Of(20, [16.0 / 20, 15.0 / 20, 17.0 / 20, 16.0 / 20], [8.0 / 20, 16.0 / 20]);

        var chart = ImprovementChart.Of(ChartKind.P, series, new() { Better = Better.Higher }).Chart!;

        Assert.Equal(0.8, chart.Baseline.Centre, 12);
        Assert.Null(chart.Baseline.Lower); // P limits vary with n: they are on the points
        Assert.Equal((0.532, 1.0), (Math.Round(chart.Frozen.Points[4].Lower!.Value, 3), chart.Frozen.Points[4].Upper!.Value));
        Assert.Equal([4], ImprovementChartTests.Flagged(chart.Frozen, ChartRules.Sigma3));
        Assert.Equal(SignalDirection.Deterioration, chart.Frozen.Points[4].Direction);
        Assert.Equal(0.6, chart.Phases.Phases[1].Centre!.Value, 12);
    }

    [Fact]
    public void EmptyLaterPhase_HasBaselineFiguresWhenFrozenAndNoneOfItsOwn()
    {
        var chart = ImprovementChart.Of(ChartKind.I, ImprovementSeries.Of([10, 12, 11, 13], [], [20, 21])).Chart!;

        Assert.Equal((0, 11.5), (chart.Frozen.Phases[1].Points, chart.Frozen.Phases[1].Centre!.Value));
        Assert.NotNull(chart.Frozen.Phases[1].Upper);
        Assert.Null(chart.Phases.Phases[1].Centre);
        Assert.Null(chart.Phases.Phases[1].Upper);
        Assert.Equal(20.5, chart.Phases.Phases[2].Centre);
    }
}
