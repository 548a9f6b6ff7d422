namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Quickselect (Hoare partition, median-of-three pivot): the k-th smallest value in expected linear time,
/// so a median does not need a full sort (<see cref="Percentiles.MedianOfUnsorted"/>). Reorders the span.
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

    private static void Swap(Span<double> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}
