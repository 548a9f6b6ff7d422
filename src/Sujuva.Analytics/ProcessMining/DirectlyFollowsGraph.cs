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
    public static IReadOnlyList<DirectlyFollowsEdge> Discover(EventLog log) => Build(log, withPerformance: false);

    public static IReadOnlyList<DirectlyFollowsEdge> DiscoverPerformance(EventLog log) => Build(log, withPerformance: true);

    private static List<DirectlyFollowsEdge> Build(EventLog log, bool withPerformance)
    {
        ArgumentNullException.ThrowIfNull(log);
        var pairs = new PairIndex(log.Activities.Count);
        var order = new TimeOrder(log);
        var pairCount = PairCount(log);
        var edgeOfPair = new int[pairCount];
        var seconds = withPerformance ? new double[pairCount] : [];
        var activity = log.Activity;
        var complete = log.Timestamp;
        var start = log.StartTimestamp ?? log.Timestamp;
        var k = 0;
        for (var c = 0; c < log.CaseCount; c++)
        {
            var rows = order.Of(c);
            for (var i = 1; i < rows.Length; i++)
            {
                int a = rows[i - 1], b = rows[i];
                edgeOfPair[k] = pairs.IdOf(activity[a], activity[b]);
                if (withPerformance) seconds[k] = (start[b] - complete[a]) / (double)TimeSpan.TicksPerSecond;
                k++;
            }
        }

        var counts = new int[pairs.Count];
        foreach (var e in edgeOfPair.AsSpan(0, k)) counts[e]++;
        (int[] Offsets, double[] Values) grouped = withPerformance
            ? ValueGroups.Group(edgeOfPair.AsSpan(0, k), seconds.AsSpan(0, k), pairs.Count)
            : ([], []);
        var edges = new List<DirectlyFollowsEdge>(pairs.Count);
        for (var e = 0; e < pairs.Count; e++)
        {
            var (from, to) = pairs[e];
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

    private static int PairCount(EventLog log)
    {
        var n = 0;
        for (var c = 0; c < log.CaseCount; c++) n += Math.Max(0, log.CaseEnd(c) - log.CaseStart(c) - 1);
        return n;
    }
}
