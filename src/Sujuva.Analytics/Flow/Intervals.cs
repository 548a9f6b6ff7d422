namespace Sujuva.Analytics.Flow;

/// <summary>Length of a union of intervals, so that overlapping idle time is counted once (METRICS.md §2).</summary>
internal static class Intervals
{
    /// <summary>Sorts the (start, end) tick pairs in place and returns the ticks covered by their union.</summary>
    public static long UnionLength(Span<(long Start, long End)> intervals)
    {
        if (intervals.Length == 0) return 0;
        intervals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        long total = 0, start = intervals[0].Start, end = intervals[0].End;
        for (var i = 1; i < intervals.Length; i++)
        {
            var (s, e) = intervals[i];
            if (s > end)
            {
                total += end - start;
                (start, end) = (s, e);
            }
            else if (e > end) end = e;
        }

        return total + Math.Max(0, end - start);
    }
}
