namespace Sujuva.Analytics.Flow;

/// <summary>The percentiles flow charts show, by the flow rule (see <see cref="Percentiles.Flow"/>).</summary>
public sealed record FlowPercentiles(int Count, double P50, double P70, double P85, double P95)
{
    public static FlowPercentiles? Of(double[] values)
    {
        if (values.Length == 0) return null;
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return FromSorted(sorted);
    }

    public static FlowPercentiles? FromSorted(IReadOnlyList<double> sorted) =>
        sorted.Count == 0 ? null : new(sorted.Count, Percentiles.Flow(sorted, 0.50), Percentiles.Flow(sorted, 0.70),
            Percentiles.Flow(sorted, 0.85), Percentiles.Flow(sorted, 0.95));
}

public static class Percentiles
{
    /// <summary>
    /// Flow percentile (METRICS.md §2, ActionableAgile's worked example): the k-th smallest value,
    /// k = max(1, ⌊p·n⌋), 1-based. 3,4,4,5,5,6,6,6,7,7 gives 5 / 6 / 6 / 7 at 50 / 70 / 85 / 95 %.
    /// </summary>
    public static double Flow(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        // The small epsilon keeps 0.7 · 10 at 7, not 6.999…
        var k = Math.Max(1, (int)Math.Floor(p * sorted.Count + 1e-9));
        return sorted[Math.Min(k, sorted.Count) - 1];
    }

    /// <summary>PM4Py's median case duration: sorted[⌊n/2⌋], 0-based (the upper median for even n).</summary>
    public static double UpperMedian(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
        return sorted[sorted.Count / 2];
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
}
