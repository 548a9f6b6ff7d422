using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics;

/// <summary>
/// Order statistics, one method per rule. The rules differ on purpose (METRICS.md §2): each figure uses
/// the rule of the tool it is compared with, so that it reads the same there. Callers name the rule;
/// nobody writes a median or a percentile inline.
/// </summary>
public static class Percentiles
{
    /// <summary>
    /// Flow percentile (METRICS.md §2, ActionableAgile's worked example): the k-th smallest value,
    /// k = max(1, ⌊p·n⌋), 1-based. 3,4,4,5,5,6,6,6,7,7 gives 5 / 6 / 6 / 7 at 50 / 70 / 85 / 95 %.
    /// </summary>
    public static double Flow(IReadOnlyList<double> sorted, double p)
    {
        NotEmpty(sorted);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        // The small epsilon keeps 0.7 · 10 at 7, not 6.999…
        var k = Math.Max(1, (int)Math.Floor(p * sorted.Count + 1e-9));
        return sorted[Math.Min(k, sorted.Count) - 1];
    }

    /// <summary>
    /// The usual median (pandas, Python's statistics.median, R; METRICS.md §8 and §11): the middle value,
    /// or the mean of the two middle values when the count is even.
    /// </summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        NotEmpty(sorted);
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>
    /// The usual median (see <see cref="Median"/>) of unsorted values, found by selection in expected linear
    /// time instead of a sort. Reorders <paramref name="values"/>.
    /// </summary>
    public static double MedianOfUnsorted(Span<double> values)
    {
        if (values.IsEmpty) throw new ArgumentException("No values.", nameof(values));
        var n = values.Length;
        var upper = Selection.Select(values, n / 2);
        if (n % 2 == 1) return upper;
        // After selecting n/2, every value before it is ≤ it; the lower middle is their maximum.
        var lower = double.NegativeInfinity;
        foreach (var v in values[..(n / 2)]) lower = Math.Max(lower, v);
        return (lower + upper) / 2;
    }

    /// <summary>PM4Py's get_median_case_duration (METRICS.md §2): sorted[⌊n/2⌋], 0-based, the upper median for even n.</summary>
    public static double UpperMedian(IReadOnlyList<double> sorted)
    {
        NotEmpty(sorted);
        return sorted[sorted.Count / 2];
    }

    /// <summary>
    /// Nearest rank: the 1-based position of the smallest of <paramref name="count"/> sorted values that at
    /// least a share p of them are at or below, k = max(1, ⌈p·n⌉). A forecast's "at least p % of trials"
    /// (METRICS.md §3) and a measured latency's percentile read this way.
    /// </summary>
    public static int NearestRank(int count, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        // The small epsilon keeps 0.7 · 10 at 7, not 7.000…1 rounded up to 8.
        return Math.Clamp((int)Math.Ceiling(p * count - 1e-9), 1, count);
    }

    /// <summary>Share of values ≤ x, as a percentage: an aging item's "pace" against past cycle times.</summary>
    public static double Rank(IReadOnlyList<double> sorted, double x)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) return 0;
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1;
            else hi = mid;
        }

        return 100.0 * lo / sorted.Count;
    }

    private static void NotEmpty(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
    }
}
