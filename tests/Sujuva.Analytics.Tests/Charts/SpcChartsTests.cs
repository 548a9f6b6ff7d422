using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Tests.Charts;

public sealed class SpcChartsTests
{
    private const int Precision = 9;

    [Fact]
    public void Run_EvenCount_CentreIsTheMeanOfTheMiddleTwo() =>
        Assert.Equal(2.5, SpcCharts.Run([4, 1, 3, 2]).Chart!.Points[0].Centre);

    [Fact]
    public void Run_RisingSeries_SignalsByAnhojRules()
    {
        var chart = SpcCharts.Run(Enumerable.Range(1, 20).Select(i => (double)i).ToArray()).Chart!;

        Assert.True(chart.RunsSignal);
        Assert.Null(chart.Points[0].Upper);
    }

    [Fact]
    public void I_FivePoints_LimitsAreThreeOver1128TimesMeanMovingRange()
    {
        // Mean 12; moving ranges 2, 1, 4, 3 → MR̄ 2.5; σ̂ = 2.5 / 1.128.
        var point = SpcCharts.I([10, 12, 11, 15, 12]).Chart!.Points[0];

        Assert.Equal(12, point.Centre, Precision);
        Assert.Equal(2.5 / 1.128, point.Sigma!.Value, Precision);
        Assert.Equal(18.648936170, point.Upper!.Value, Precision);
        Assert.Equal(5.351063830, point.Lower!.Value, Precision);
        Assert.Equal(12 + 2 * 2.5 / 1.128, point.Upper2Sigma!.Value, Precision);
    }

    [Fact]
    public void I_ScreenedMovingRange_DropsTheOutlyingRange()
    {
        // Ranges: eight of 1 and one of 20; MR̄ = 28 / 9, cut-off 3.267 · MR̄ ≈ 10.2 drops the 20.
        double[] y = [0, 1, 0, 1, 0, 1, 0, 1, 0, 20];

        var plain = SpcCharts.I(y).Chart!.Points[0].Sigma!.Value;
        var screened = SpcCharts.I(y, new ChartOptions { ScreenedMovingRange = true }).Chart!.Points[0].Sigma!.Value;

        Assert.Equal(28.0 / 9 / 1.128, plain, Precision);
        Assert.Equal(1 / 1.128, screened, Precision);
    }

    [Fact]
    public void I_FlatSeriesOfTenths_HasItsValueAsCentreAndNoSignal()
    {
        // A plain sum of ten 0.1s is 0.9999999999999999: every point would lie above the centre, one long run.
        var chart = SpcCharts.I(Enumerable.Repeat(0.1, 20).ToArray(), new ChartOptions { Rules = ChartRules.Default | ChartRules.Nelson }).Chart!;

        Assert.Equal(0.1, chart.Points[0].Centre);
        Assert.False(chart.AnySignal); // no σ̂, so no zones: not "fifteen in a row within 1σ"
    }

    [Fact]
    public void MR_FivePoints_UpperLimitIs3267TimesMeanRange()
    {
        var chart = SpcCharts.MR([10, 12, 11, 15, 12]).Chart!;

        Assert.Equal([2.0, 1, 4, 3], chart.Points.Select(p => p.Y));
        Assert.Equal((2.5, 0.0, 8.1675), (chart.Points[0].Centre, chart.Points[0].Lower!.Value, Math.Round(chart.Points[0].Upper!.Value, 6)));
    }

    [Fact]
    public void P_VaryingSizes_LimitsVaryAndAreClipped()
    {
        // p̄ = 17 / 170 = 0.1; σ_i = 0.3 / √n_i.
        var points = SpcCharts.P([5, 10, 2], [50, 100, 20]).Chart!.Points;

        Assert.All(points, p => Assert.Equal(0.1, p.Centre, Precision));
        Assert.Equal(0.1 + 0.9 / Math.Sqrt(50), points[0].Upper!.Value, Precision);
        Assert.Equal(0, points[0].Lower!.Value);
        Assert.Equal(0.19, points[1].Upper!.Value, Precision);
        Assert.Equal(0.01, points[1].Lower!.Value, Precision);
    }

    [Fact]
    public void P_Laney_MultipliesSigmaBySigmaZ()
    {
        // p̄ = 26 / 170; z_i = (p_i − p̄) / σ_i; σ_z = mean |Δz| / 1.128 = 1.88341190.
        var points = SpcCharts.P([2, 20, 4], [50, 100, 20], new ChartOptions { Laney = true }).Chart!.Points;

        Assert.Equal([0.44054891, 0.35631056, 0.60768893], points.Select(p => Math.Round(p.Upper!.Value, 8)));
        Assert.All(points, p => Assert.Equal(0, p.Lower!.Value));
    }

    [Fact]
    public void C_MeanFour_LimitsAreFourPlusMinusSixClippedAtZero()
    {
        var point = SpcCharts.C([2, 4, 6, 4]).Chart!.Points[0];

        Assert.Equal((4.0, 2.0, 10.0, 0.0), (point.Centre, point.Sigma!.Value, point.Upper!.Value, point.Lower!.Value));
    }

    [Fact]
    public void U_VaryingExposure_SigmaIsRootOfRateOverSize()
    {
        // ū = 9 / 3 = 3.
        var points = SpcCharts.U([3, 6], [1, 2]).Chart!.Points;

        Assert.Equal([3.0, 3.0], points.Select(p => p.Y));
        Assert.Equal(3 + 3 * Math.Sqrt(3), points[0].Upper!.Value, Precision);
        Assert.Equal(3 + 3 * Math.Sqrt(1.5), points[1].Upper!.Value, Precision);
        Assert.Equal(0, points[1].Lower!.Value);
    }

    [Fact]
    public void I_TwoParts_EachHasItsOwnCentreAndRunsAnalysis()
    {
        var chart = SpcCharts.I([1, 2, 3, 4, 5, 11, 12, 13, 14, 15], new ChartOptions { SplitAfter = [5] }).Chart!;

        Assert.Equal([3.0, 13.0], chart.Parts.Select(p => p.Centre));
        Assert.Equal((5, 10), (chart.Parts[1].Start, chart.Parts[1].End));
        Assert.Equal(4, chart.Parts[1].Runs.UsefulObservations);
        Assert.Equal(13, chart.Points[7].Centre);
    }

    [Fact]
    public void Run_Freeze_TakesTheCentreFromTheBaselineOnly()
    {
        var chart = SpcCharts.Run([1, 2, 3, 10, 10, 10, 10], new ChartOptions { Freeze = 3 }).Chart!;

        Assert.All(chart.Points, p => Assert.Equal(2, p.Centre));
        Assert.Equal(3, chart.Freeze);
    }

    [Fact]
    public void I_PartsAndFreeze_AreRefused()
    {
        var result = SpcCharts.I([1, 2, 3, 4, 5, 6], new ChartOptions { SplitAfter = [3], Freeze = 3 });

        Assert.True(result.IsRefused);
        Assert.Equal("Charts.PartAndFreeze", result.RefusalCode);
    }

    [Fact]
    public void P_MismatchedSizes_AreRefused() => Assert.True(SpcCharts.P([1, 2], [10]).IsRefused);

    [Fact]
    public void I_FrozenBaselineThenJump_FlagsThePointBeyondThreeSigma()
    {
        // Baseline 0, 2, 0, 2: mean 1, MR̄ 2, σ̂ 1.773, UCL 6.32.
        var chart = SpcCharts.I([0, 2, 0, 2, 1, 7], new ChartOptions { Freeze = 4 }).Chart!;

        Assert.Equal(ChartRules.Sigma3, chart.Points[5].Signals);
        Assert.All(chart.Points.Take(5), p => Assert.Equal(ChartRules.None, p.Signals));
    }
}
