using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Components.Charts;
using Sujuva.Web.Resources;

namespace Sujuva.Components.Tests;

/// <summary>
/// The throughput run chart's Anhøj signals (METRICS.md §4) on hand-made series of 24 useful points:
/// L_max(24) = 8 and C_min(24) = 8, so a run of 9 is a shift and 7 crossings are too few.
/// </summary>
public sealed class RunChartTests : ComponentTest
{
    private const double Low = 1, High = 5, OnMedian = 3;

    private IStringLocalizer<Strings> T => Services.GetRequiredService<IStringLocalizer<Strings>>();

    /// <summary>Seven alternating points, nine high with one exactly on the median among them, then eight low.</summary>
    private static double[] ShiftAbove() =>
        [Low, High, Low, High, Low, High, Low, High, High, High, High, OnMedian, High, High, High, High, High, .. Repeat(Low, 8)];

    private static double[] Repeat(double value, int times) => [.. Enumerable.Repeat(value, times)];

    [Fact]
    public void Signals_NinePointsInARowAbove_IsAShiftAndMarksThoseNinePoints()
    {
        var chart = RunChart.Of(ShiftAbove());

        Assert.Equal(OnMedian, chart.Median);
        Assert.Equal((24, 9, 8, 8, 8), (chart.Runs.UsefulObservations, chart.Runs.LongestRun, chart.Runs.LongestRunMax,
            chart.Runs.Crossings, chart.Runs.CrossingsMin));
        Assert.Equal(["Shift: 9 points in a row above the median; more than 8 is unusual."], chart.Signals(T));
        int[] marked = [.. chart.InLongRun.Select((m, i) => (m, i)).Where(x => x.m).Select(x => x.i)];
        Assert.Equal([7, 8, 9, 10, 12, 13, 14, 15, 16], marked);
    }

    [Fact]
    public void Signals_MirroredShift_IsBelowTheMedian()
    {
        var chart = RunChart.Of([.. ShiftAbove().Select(v => 2 * OnMedian - v)]);

        Assert.Equal(["Shift: 9 points in a row below the median; more than 8 is unusual."], chart.Signals(T));
    }

    [Fact]
    public void Signals_FourRunsOfSix_AreTooFewCrossingsButNoShift()
    {
        var chart = RunChart.Of([.. Repeat(High, 6), .. Repeat(Low, 6), .. Repeat(High, 6), .. Repeat(Low, 6)]);

        Assert.Equal(["Too few crossings: the line crosses the median 3 times; fewer than 8 is unusual."], chart.Signals(T));
        Assert.DoesNotContain(true, chart.InLongRun);
    }

    [Fact]
    public void Signals_Alternating_SaysNoSignalWithTheFiguresChecked()
    {
        var chart = RunChart.Of([.. Enumerable.Range(0, 24).Select(i => i % 2 == 0 ? Low : High)]);

        Assert.Equal(["No sign of non-random variation (Anhøj rules): longest run 1 (at most 8), 23 crossings of the median (at least 8)."],
            chart.Signals(T));
    }

    [Fact]
    public void Figure_WithShift_ShowsTheSignalLiveAndMarksTheRunInTheTable()
    {
        var values = ShiftAbove();
        var chart = RunChart.Of(values);
        var table = new ChartTable(["Day", "Closed"],
            [.. values.Select((v, i) => (IReadOnlyList<object?>)[new DateOnly(2026, 11, 1).AddDays(i), (int)v])]);

        var cut = Render<ChartFigure>(p => p.Add(c => c.Id, "throughput").Add(c => c.Title, "Throughput")
            .Add(c => c.Signals, chart.Signals(T)).Add(c => c.Table, chart.Extend(table, T)));

        var signals = cut.Find("[data-signals]");
        Assert.Equal("polite", signals.GetAttribute("aria-live"));
        Assert.Contains("Shift: 9 points in a row above the median", signals.TextContent, StringComparison.Ordinal);
        cut.Find("button[aria-expanded]").Click();
        Assert.Equal(["Day", "Closed", "Median", "In an unusually long run"], cut.FindAll("thead th").Select(th => th.TextContent));
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["08/11/2026", "5", "3", "Yes"], rows[7].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["12/11/2026", "3", "3", ""], rows[11].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["07/11/2026", "1", "3", ""], rows[6].QuerySelectorAll("td").Select(td => td.TextContent));
    }
}
