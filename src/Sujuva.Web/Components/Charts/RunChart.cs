using Microsoft.Extensions.Localization;
using Sujuva.Analytics;
using Sujuva.Analytics.Charts;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Charts;

/// <summary>
/// A run chart (METRICS.md §4): the values, their median as the centre line and Anhøj's runs analysis.
/// Points on the median are dropped from runs, so they neither end a run nor belong to one.
/// <see cref="InLongRun"/> marks the points of any run longer than L_max(n): the shift the signal names.
/// A series whose median is 0 gets no runs analysis (<see cref="SparseSeries"/>): <see cref="TooSparse"/>.
/// </summary>
public sealed record RunChart(IReadOnlyList<double> Values, double Median, RunsAnalysis Runs, IReadOnlyList<bool> InLongRun,
    int LongestRunSide)
{
    /// <summary>The median is 0: the runs analysis would only say that most points are zero, so none is shown.</summary>
    public bool TooSparse => !SparseSeries.AllowsRunsAnalysis(Values);

    public static RunChart Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // No values: no centre line to draw, 0 keeps the axis at its origin.
        var median = values.Count == 0 ? 0 : Percentiles.Median([.. values.Order()]);
        var runs = RunsAnalysis.Of(values, median);
        var blocks = new List<(int Side, List<int> Points)>();
        for (var i = 0; i < values.Count; i++)
        {
            var sign = double.IsNaN(values[i]) ? 0 : Math.Sign(values[i] - median);
            if (sign == 0) continue;
            if (blocks.Count == 0 || blocks[^1].Side != sign) blocks.Add((sign, []));
            blocks[^1].Points.Add(i);
        }

        var inLongRun = new bool[values.Count];
        if (!SparseSeries.AllowsRunsAnalysis(values)) return new RunChart(values, median, runs, inLongRun, 0);
        foreach (var i in blocks.Where(b => b.Points.Count > runs.LongestRunMax).SelectMany(b => b.Points)) inLongRun[i] = true;
        var longestSide = blocks.FirstOrDefault(b => b.Points.Count == runs.LongestRun).Side;
        return new RunChart(values, median, runs, inLongRun, longestSide);
    }

    /// <summary>The signal in words: a shift, too few crossings, both, or neither with the figures checked.</summary>
    public IReadOnlyList<string> Signals(IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (TooSparse) return [t["RunChart.TooSparse"]];
        var signals = new List<string>();
        if (Runs.LongestRunSignal)
            signals.Add(t[LongestRunSide > 0 ? "RunChart.ShiftAbove" : "RunChart.ShiftBelow", Runs.LongestRun, Runs.LongestRunMax]);
        if (Runs.CrossingsSignal) signals.Add(t["RunChart.FewCrossings", Runs.Crossings, Runs.CrossingsMin]);
        if (signals.Count == 0)
            signals.Add(t["RunChart.NoSignal", Runs.LongestRun, Runs.LongestRunMax, Runs.Crossings, Runs.CrossingsMin]);
        return signals;
    }

    /// <summary>The chart's table with two more columns: the median and whether the point is in an unusually long run.</summary>
    public ChartTable Extend(ChartTable table, IStringLocalizer<Strings> t)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(t);
        string yes = t["RunChart.Yes"];
        return new ChartTable([.. table.Headers, t["Dashboards.Median"], t["RunChart.Col.LongRun"]],
            [.. table.Rows.Select((row, i) => (IReadOnlyList<object?>)[.. row, Median, InLongRun[i] ? yes : ""])]);
    }
}
