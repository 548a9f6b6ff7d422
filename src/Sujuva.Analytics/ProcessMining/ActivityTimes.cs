using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>Durations of one activity, in seconds.</summary>
public sealed record ActivityTime(string Activity, TimeStatistics Seconds);

/// <summary>Time per activity: service time inside each event, waiting time before each event.</summary>
public static class ActivityTimes
{
    /// <summary>
    /// PM4Py's get_service_time: complete − start of every event, grouped by activity (README caveat 7).
    /// Null when the log has no start times. Sorted by activity name.
    /// </summary>
    public static IReadOnlyList<ActivityTime>? Service(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.StartTimestamp is not { } start) return null;
        // Counting sort by activity, writing each event's service time straight into its group.
        var activities = log.Activities.Count;
        var offsets = new int[activities + 1];
        foreach (var a in log.Activity) offsets[a + 1]++;
        for (var a = 0; a < activities; a++) offsets[a + 1] += offsets[a];
        var next = offsets[..activities];
        var seconds = new double[log.EventCount];
        for (var i = 0; i < seconds.Length; i++)
            seconds[next[log.Activity[i]]++] = (log.Timestamp[i] - start[i]) / (double)TimeSpan.TicksPerSecond;
        return Summarise(log, offsets, seconds);
    }

    /// <summary>
    /// Waiting time before an activity: for each event b after an event a of the same case (time order as the
    /// DFG), start(b) − complete(a); complete(b) − complete(a) in a log without start times. Not clamped.
    /// </summary>
    public static IReadOnlyList<ActivityTime> Waiting(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return Waiting(log, FollowPairs.Collect(log, withSeconds: true));
    }

    internal static List<ActivityTime> Waiting(EventLog log, FollowPairs pairs)
    {
        var target = new int[pairs.EdgeOfPair.Length];
        for (var k = 0; k < target.Length; k++) target[k] = pairs.Edges[pairs.EdgeOfPair[k]].To;
        return ByActivity(log, target, pairs.Seconds);
    }

    private static List<ActivityTime> ByActivity(EventLog log, ReadOnlySpan<int> activity, ReadOnlySpan<double> seconds)
    {
        var (offsets, values) = ValueGroups.Group(activity, seconds, log.Activities.Count);
        return Summarise(log, offsets, values);
    }

    private static List<ActivityTime> Summarise(EventLog log, int[] offsets, double[] values)
    {
        var list = new List<ActivityTime>();
        for (var a = 0; a < log.Activities.Count; a++)
        {
            var n = offsets[a + 1] - offsets[a];
            if (n > 0) list.Add(new ActivityTime(log.Activities[a], TimeStatistics.Of(values.AsSpan(offsets[a], n))));
        }
        list.Sort(static (x, y) => string.CompareOrdinal(x.Activity, y.Activity));
        return list;
    }
}
