using System.Numerics;

namespace Sujuva.Analytics.Charts;

/// <summary>
/// Anhøj's runs analysis (METRICS.md §4, qicharts2 runs.analysis): points on the centre line are
/// dropped; L = longest run of one sign, C = runs − 1; signal when L &gt; L_max(n) or C &lt; C_min(n).
/// </summary>
public sealed record RunsAnalysis(int UsefulObservations, int LongestRun, int Crossings, int LongestRunMax, int CrossingsMin)
{
    public bool LongestRunSignal => LongestRun > LongestRunMax;

    public bool CrossingsSignal => Crossings < CrossingsMin;

    public bool Signal => LongestRunSignal || CrossingsSignal;

    public static RunsAnalysis Of(IReadOnlyList<double> values, double centre)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = 0, runs = 0, longest = 0, current = 0, previous = 0;
        foreach (var y in values)
        {
            var sign = Math.Sign(y - centre);
            if (sign == 0 || double.IsNaN(y)) continue;
            n++;
            if (sign == previous) current++;
            else
            {
                runs++;
                current = 1;
                previous = sign;
            }

            longest = Math.Max(longest, current);
        }

        return new RunsAnalysis(n, longest, Math.Max(0, runs - 1), LongestRunMaxFor(n), CrossingsMinFor(n));
    }

    /// <summary>L_max(n) = round(log₂ n) + 3 (Schilling 2012); log₂ n is never x.5 for an integer n.</summary>
    public static int LongestRunMaxFor(int n) => n < 1 ? 0 : (int)Math.Round(Math.Log2(n)) + 3;

    /// <summary>
    /// C_min(n) = qbinom(0.05, n − 1, 0.5) (Chen 2010), exactly: the smallest c with
    /// Σ_{k≤c} C(n−1, k) ≥ 0.05 · 2^(n−1), i.e. 20 · Σ C(n−1, k) ≥ 2^(n−1), in integers.
    /// </summary>
    public static int CrossingsMinFor(int n)
    {
        if (n < 1) return 0;
        var m = n - 1;
        var total = BigInteger.One << m;
        BigInteger term = 1, sum = 0;
        for (var c = 0; c <= m; c++)
        {
            sum += term;
            if (20 * sum >= total) return c;
            term = term * (m - c) / (c + 1);
        }

        return m;
    }
}
