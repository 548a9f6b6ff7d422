namespace Sujuva.Analytics.Charts;

/// <summary>
/// Western Electric and Nelson rules on one part (METRICS.md §5). A pattern is flagged on the point
/// that completes it. Zones use z = (y − CL) / σ̂ at that point; the 3σ rules use the drawn limits.
/// </summary>
internal static class SignalRules
{
    public static void Apply(ChartRules rules, double[] y, double[] centre, double?[] sigma, double?[] lower, double?[] upper,
        int start, int end, ChartRules[] flags)
    {
        var beyond3 = ChartRules.Sigma3 | ChartRules.WesternElectric1 | ChartRules.Nelson1;
        for (var i = start; i < end; i++)
            if (y[i] > upper[i] || y[i] < lower[i]) flags[i] |= rules & beyond3;
        if (sigma[start] is null) return;

        var z = new double[end - start];
        // Without spread (σ̂ = 0, a flat baseline) there are no zones: z is NaN, so no zone rule fires; a flat series is
        // not "fifteen in a row within 1σ". Any point off the centre line is already beyond the 3σ limits.
        for (var i = start; i < end; i++) z[i - start] = sigma[i] is double s and > 0 ? (y[i] - centre[i]) / s : double.NaN;
        Mark(rules & (ChartRules.WesternElectric2 | ChartRules.Nelson5), z, 3, w => SameSide(w, 2, 2), flags, start);
        Mark(rules & (ChartRules.WesternElectric3 | ChartRules.Nelson6), z, 5, w => SameSide(w, 4, 1), flags, start);
        Mark(rules & ChartRules.WesternElectric4, z, 8, w => OneSide(w), flags, start);
        Mark(rules & ChartRules.Nelson2, z, 9, w => OneSide(w), flags, start);
        // Trends and alternation are read on the values themselves, not on z.
        var values = y[start..end];
        Mark(rules & ChartRules.Nelson3, values, 6, Trend, flags, start);
        Mark(rules & ChartRules.Nelson4, values, 14, Alternating, flags, start);
        Mark(rules & ChartRules.Nelson7, z, 15, w => w.All(v => Math.Abs(v) < 1), flags, start);
        Mark(rules & ChartRules.Nelson8, z, 8, w => w.All(v => Math.Abs(v) > 1), flags, start);
    }

    private static void Mark(ChartRules rule, double[] z, int width, Func<double[], bool> test, ChartRules[] flags, int offset)
    {
        if (rule == ChartRules.None) return;
        for (var last = width - 1; last < z.Length; last++)
            if (test(z[(last - width + 1)..(last + 1)])) flags[offset + last] |= rule;
    }

    /// <summary>At least k of the window beyond `limit` σ on the same side.</summary>
    private static bool SameSide(double[] w, int k, double limit) =>
        w.Count(v => v > limit) >= k || w.Count(v => v < -limit) >= k;

    private static bool OneSide(double[] w) => w.All(v => v > 0) || w.All(v => v < 0);

    /// <summary>Steadily increasing or decreasing; equal neighbours break the trend.</summary>
    private static bool Trend(double[] w)
    {
        bool up = true, down = true;
        for (var i = 1; i < w.Length; i++) (up, down) = (up && w[i] > w[i - 1], down && w[i] < w[i - 1]);
        return up || down;
    }

    private static bool Alternating(double[] w)
    {
        for (var i = 2; i < w.Length; i++)
        {
            var (a, b) = (Math.Sign(w[i - 1] - w[i - 2]), Math.Sign(w[i] - w[i - 1]));
            if (a == 0 || b == 0 || a == b) return false;
        }

        return w.Length >= 2 && w[1] != w[0];
    }
}
