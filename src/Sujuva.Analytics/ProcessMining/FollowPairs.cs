using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Every directly-follows pair (a, b) of a log, in one pass: its edge id and, when asked, its time in
/// seconds (README caveat 5). The DFG and the waiting times both aggregate these pairs.
/// </summary>
internal sealed class FollowPairs
{
    private FollowPairs(PairIndex edges, int[] edgeOfPair, double[] seconds)
    {
        Edges = edges;
        EdgeOfPair = edgeOfPair;
        Seconds = seconds;
    }

    public PairIndex Edges { get; }

    public int[] EdgeOfPair { get; }

    /// <summary>Empty when collected without times.</summary>
    public double[] Seconds { get; }

    public static FollowPairs Collect(EventLog log, bool withSeconds)
    {
        var edges = new PairIndex(log.Activities.Count);
        var order = new TimeOrder(log);
        var count = 0;
        for (var c = 0; c < log.CaseCount; c++) count += Math.Max(0, log.CaseEnd(c) - log.CaseStart(c) - 1);
        var edgeOfPair = new int[count];
        var seconds = withSeconds ? new double[count] : [];
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
                edgeOfPair[k] = edges.IdOf(activity[a], activity[b]);
                if (withSeconds) seconds[k] = (start[b] - complete[a]) / (double)TimeSpan.TicksPerSecond;
                k++;
            }
        }
        return new FollowPairs(edges, edgeOfPair, seconds);
    }
}
