namespace Sujuva.Analytics.ProcessMining;

/// <summary>Order statistics over an ascending array. The methods differ on purpose (METRICS.md §2).</summary>
public static class Percentiles
{
    /// <summary>Median as pandas and Python's statistics.median: the mean of the two middle values when n is even.</summary>
    public static double Median(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty) throw new ArgumentException("No values.", nameof(sorted));
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>
    /// Flow percentile: the k-th value with k = max(1, ⌊p·n⌋), 1-based, as ActionableAgile reads it
    /// (METRICS.md §2). <paramref name="percent"/> is an integer so that ⌊p·n⌋ is exact.
    /// </summary>
    public static double Flow(ReadOnlySpan<double> sorted, int percent)
    {
        if (sorted.IsEmpty) throw new ArgumentException("No values.", nameof(sorted));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var k = Math.Max(1, (int)((long)percent * sorted.Length / 100));
        return sorted[k - 1];
    }

    /// <summary>PM4Py's get_median_case_duration: sorted[⌊n/2⌋], 0-based, the upper median for even n.</summary>
    public static double Pm4pyMedian(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty) throw new ArgumentException("No values.", nameof(sorted));
        return sorted[sorted.Length / 2];
    }
}
