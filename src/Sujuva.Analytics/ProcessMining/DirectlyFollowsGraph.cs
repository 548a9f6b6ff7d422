using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>One edge a → b: how many times b directly followed a in a case, and (when asked) the times between them.</summary>
public sealed record DirectlyFollowsEdge(string From, string To, int Count, TimeStatistics? Performance);

/// <summary>
/// PM4Py's directly-follows graph (discover_dfg / discover_performance_dfg with perf_aggregation_key 'all').
/// Each case is ordered by (start, timestamp), stable. The edge time is start(b) − complete(a) when the
/// log has start times (no clamp: negative when b starts before a completes), else complete(b) − complete(a)
/// (README caveat 5). Edges are sorted by count descending, then names.
/// </summary>
public static class DirectlyFollowsGraph
{
    public static IReadOnlyList<DirectlyFollowsEdge> Discover(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return From(log, FollowPairs.Collect(log, withSeconds: false));
    }

    public static IReadOnlyList<DirectlyFollowsEdge> DiscoverPerformance(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return From(log, FollowPairs.Collect(log, withSeconds: true));
    }

    internal static List<DirectlyFollowsEdge> From(EventLog log, FollowPairs pairs)
    {
        var edgeCount = pairs.Edges.Count;
        var withPerformance = pairs.Seconds.Length == pairs.EdgeOfPair.Length && pairs.EdgeOfPair.Length > 0;
        var counts = new int[edgeCount];
        foreach (var e in pairs.EdgeOfPair) counts[e]++;
        (int[] Offsets, double[] Values) grouped = withPerformance
            ? ValueGroups.Group(pairs.EdgeOfPair, pairs.Seconds, edgeCount)
            : ([], []);
        var edges = new List<DirectlyFollowsEdge>(edgeCount);
        for (var e = 0; e < edgeCount; e++)
        {
            var (from, to) = pairs.Edges[e];
            var performance = withPerformance
                ? TimeStatistics.Of(grouped.Values.AsSpan(grouped.Offsets[e], counts[e]))
                : null;
            edges.Add(new DirectlyFollowsEdge(log.Activities[from], log.Activities[to], counts[e], performance));
        }
        edges.Sort(static (x, y) =>
        {
            if (x.Count != y.Count) return y.Count.CompareTo(x.Count);
            var c = string.CompareOrdinal(x.From, y.From);
            return c != 0 ? c : string.CompareOrdinal(x.To, y.To);
        });
        return edges;
    }
}
