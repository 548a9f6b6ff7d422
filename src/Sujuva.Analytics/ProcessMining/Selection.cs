namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Quickselect (Hoare partition, median-of-three pivot): the k-th smallest value in expected linear time,
/// so a median does not need a full sort. Reorders the span.
/// </summary>
internal static class Selection
{
    public static double Select(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        while (hi > lo)
        {
            var mid = lo + ((hi - lo) / 2);
            if (values[mid] < values[lo]) Swap(values, mid, lo);
            if (values[hi] < values[lo]) Swap(values, hi, lo);
            if (values[hi] < values[mid]) Swap(values, hi, mid);
            var pivot = values[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                Swap(values, i, j);
                i++;
                j--;
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return values[k];
        }
        return values[k];
    }

    /// <summary>Median as pandas: the mean of the two middle values when the count is even. Reorders the span.</summary>
    public static double Median(Span<double> values)
    {
        var n = values.Length;
        var upper = Select(values, n / 2);
        if (n % 2 == 1) return upper;
        // After selecting n/2, every value before it is ≤ it; the lower middle is their maximum.
        var lower = double.NegativeInfinity;
        foreach (var v in values[..(n / 2)]) lower = Math.Max(lower, v);
        return (lower + upper) / 2;
    }

    private static void Swap(Span<double> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}
