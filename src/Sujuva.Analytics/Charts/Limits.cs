namespace Sujuva.Analytics.Charts;

/// <summary>
/// Centre line, σ̂ and 3σ limits per point for each chart kind (qicharts2 formulas, METRICS.md §5),
/// from the baseline points [baseStart, baseEnd) and applied to the part's points [start, end).
/// </summary>
internal static class Limits
{
    /// <summary>d2 for subgroups of two: σ̂ = MR̄ / 1.128, so 3σ̂ = 2.6596 · MR̄ (not Wheeler's rounded 2.66).</summary>
    public const double D2 = 1.128;

    /// <summary>D4 for subgroups of two: the MR chart's upper limit and the screening cut-off.</summary>
    public const double D4 = 3.267;

    public sealed record Series(double[] Y, double[]? Counts, double[]? Sizes);

    public static void Compute(
        ChartKind kind, Series s, ChartOptions options, int baseStart, int baseEnd, int start, int end,
        double[] centre, double?[] sigma, double?[] lower, double?[] upper)
    {
        switch (kind)
        {
            case ChartKind.Run:
                var median = Percentiles.Median([.. s.Y[baseStart..baseEnd].Order()]);
                for (var i = start; i < end; i++) centre[i] = median;
                return;
            case ChartKind.I:
                Fill(centre, sigma, Mean(s.Y, baseStart, baseEnd), MeanMovingRange(s.Y, baseStart, baseEnd, options.ScreenedMovingRange) / D2, start, end);
                break;
            case ChartKind.MR:
                var mrBar = Mean(s.Y, baseStart, baseEnd);
                for (var i = start; i < end; i++) (centre[i], sigma[i], lower[i], upper[i]) = (mrBar, (D4 - 1) * mrBar / 3, 0, D4 * mrBar);
                return;
            case ChartKind.C:
                var cBar = Mean(s.Y, baseStart, baseEnd);
                Fill(centre, sigma, cBar, Math.Sqrt(cBar), start, end);
                break;
            case ChartKind.P or ChartKind.U:
                Proportions(kind, s, options.Laney, baseStart, baseEnd, start, end, centre, sigma);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }

        for (var i = start; i < end; i++)
        {
            var (lo, hi) = (centre[i] - 3 * sigma[i]!.Value, centre[i] + 3 * sigma[i]!.Value);
            lower[i] = kind == ChartKind.I ? lo : Math.Max(0, lo);
            upper[i] = kind == ChartKind.P ? Math.Min(1, hi) : hi;
        }
    }

    private static void Fill(double[] centre, double?[] sigma, double cl, double s, int start, int end)
    {
        for (var i = start; i < end; i++) (centre[i], sigma[i]) = (cl, s);
    }

    /// <summary>P: p̄ = Σy / Σn, σ_i = √(p̄(1 − p̄)/n_i), times σ_z for Laney P′. U: ū = Σy / Σn, σ_i = √(ū / n_i).</summary>
    private static void Proportions(
        ChartKind kind, Series s, bool laney, int baseStart, int baseEnd, int start, int end, double[] centre, double?[] sigma)
    {
        double ys = 0, ns = 0;
        for (var i = baseStart; i < baseEnd; i++) (ys, ns) = (ys + s.Counts![i], ns + s.Sizes![i]);
        var bar = ys / ns;
        double Sigma(int i) => kind == ChartKind.P ? Math.Sqrt(bar * (1 - bar) / s.Sizes![i]) : Math.Sqrt(bar / s.Sizes![i]);
        var factor = 1.0;
        if (laney && kind == ChartKind.P)
        {
            var z = new double[baseEnd - baseStart];
            for (var i = baseStart; i < baseEnd; i++) z[i - baseStart] = (s.Y[i] - bar) / Sigma(i);
            factor = MeanMovingRange(z, 0, z.Length, screened: false) / D2;
        }

        for (var i = start; i < end; i++) (centre[i], sigma[i]) = (bar, Sigma(i) * factor);
    }

    /// <summary>
    /// The mean as the first value plus the mean deviation from it: exact for a flat series. A plain sum of ten 0.1s
    /// is 0.9999999999999999, which would put every point of a flat series below its own centre line: one long
    /// run, a runs "signal" with no variation at all.
    /// </summary>
    public static double Mean(double[] y, int start, int end)
    {
        var first = y[start];
        var deviations = 0.0;
        for (var i = start + 1; i < end; i++) deviations += y[i] - first;
        return first + (deviations / (end - start));
    }

    /// <summary>MR̄ over consecutive baseline points; screened drops ranges ≥ 3.267 · MR̄ and recomputes once.</summary>
    public static double MeanMovingRange(double[] y, int start, int end, bool screened)
    {
        var ranges = new List<double>(Math.Max(0, end - start - 1));
        for (var i = start + 1; i < end; i++) ranges.Add(Math.Abs(y[i] - y[i - 1]));
        if (ranges.Count == 0) return 0;
        var mean = ranges.Average();
        if (!screened) return mean;
        var kept = ranges.Where(r => r < D4 * mean).ToList();
        return kept.Count == 0 ? mean : kept.Average();
    }
}
