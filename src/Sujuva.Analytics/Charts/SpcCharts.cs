namespace Sujuva.Analytics.Charts;

/// <summary>
/// Run, I (XmR), MR, P, C and U charts with parts, freeze and switchable rules (METRICS.md §4–5,
/// formulas of qicharts2). Each part gets its own centre, limits and runs analysis.
/// </summary>
public static class SpcCharts
{
    public static ChartResult Run(IReadOnlyList<double> y, ChartOptions? options = null) =>
        Draw(ChartKind.Run, new([.. y], null, null), options ?? new());

    public static ChartResult I(IReadOnlyList<double> y, ChartOptions? options = null) =>
        Draw(ChartKind.I, new([.. y], null, null), options ?? new());

    /// <summary>The moving ranges |y_i − y_(i−1)|; point k of the chart is the range ending at observation k + 1.</summary>
    public static ChartResult MR(IReadOnlyList<double> y, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        var ranges = new double[Math.Max(0, y.Count - 1)];
        for (var i = 1; i < y.Count; i++) ranges[i - 1] = Math.Abs(y[i] - y[i - 1]);
        return Draw(ChartKind.MR, new(ranges, null, null), options ?? new());
    }

    /// <summary>Proportions y_i / n_i with limits that vary with n_i, clipped to [0, 1].</summary>
    public static ChartResult P(IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ChartOptions? options = null) =>
        Rates(ChartKind.P, counts, sizes, options);

    public static ChartResult C(IReadOnlyList<double> counts, ChartOptions? options = null) =>
        Draw(ChartKind.C, new([.. counts], null, null), options ?? new());

    /// <summary>Rates y_i / n_i, ū = Σy / Σn, σ_i = √(ū / n_i).</summary>
    public static ChartResult U(IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ChartOptions? options = null) =>
        Rates(ChartKind.U, counts, sizes, options);

    private static ChartResult Rates(ChartKind kind, IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ChartOptions? options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(sizes);
        if (counts.Count != sizes.Count) return ChartResult.Refuse("Charts.SizesMismatch", "Every count needs its denominator.");
        if (sizes.Any(n => n <= 0)) return ChartResult.Refuse("Charts.SizeNotPositive", "Every denominator must be positive.");
        var y = counts.Select((c, i) => c / sizes[i]).ToArray();
        return Draw(kind, new(y, [.. counts], [.. sizes]), options ?? new());
    }

    private static ChartResult Draw(ChartKind kind, Limits.Series s, ChartOptions options)
    {
        var n = s.Y.Length;
        if (n == 0) return ChartResult.Refuse("Charts.NoData", "There are no points to chart.");
        if (options.Freeze is not null && options.SplitAfter.Count > 0)
            return ChartResult.Refuse("Charts.PartAndFreeze", "A chart can be split into parts or have a frozen baseline, not both.");
        if (options.Freeze is int k && (k < 2 || k > n))
            return ChartResult.Refuse("Charts.FreezeOutOfRange", $"The baseline must have 2 to {n} points.");
        var bounds = new List<int> { 0 };
        foreach (var cut in options.SplitAfter.Order())
        {
            if (cut <= bounds[^1] || cut >= n) return ChartResult.Refuse("Charts.PartOutOfRange", $"A part must start after observation 1 to {n - 1}, in order.");
            bounds.Add(cut);
        }

        bounds.Add(n);
        var (centre, sigma, lower, upper, flags) = (new double[n], new double?[n], new double?[n], new double?[n], new ChartRules[n]);
        var parts = new List<ChartPart>();
        for (var p = 0; p + 1 < bounds.Count; p++)
        {
            var (start, end) = (bounds[p], bounds[p + 1]);
            var (baseStart, baseEnd) = options.Freeze is int f ? (0, f) : (start, end);
            Limits.Compute(kind, s, options, baseStart, baseEnd, start, end, centre, sigma, lower, upper);
            SignalRules.Apply(options.Rules, s.Y, centre, sigma, lower, upper, start, end, flags);
            parts.Add(new ChartPart(start, end, centre[start], RunsAnalysis.Of(s.Y[start..end], centre[start])));
        }

        var points = Enumerable.Range(0, n)
            .Select(i => new ChartPoint(i, s.Y[i], centre[i], lower[i], upper[i], sigma[i], flags[i])).ToArray();
        return new ChartResult(new ControlChart(kind, points, parts, options.Freeze, options.Rules), null, null);
    }
}
