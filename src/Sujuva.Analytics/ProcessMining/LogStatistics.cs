using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>Size and time span of a log. FirstEvent counts start times too; LastEvent is the latest (complete) time.</summary>
public sealed record LogStatistics(int Cases, int Events, int Activities, DateTime? FirstEvent, DateTime? LastEvent)
{
    public static LogStatistics Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var ts = log.Timestamp;
        if (ts.Length == 0) return new LogStatistics(log.CaseCount, 0, 0, null, null);
        long first = long.MaxValue, last = long.MinValue;
        for (var i = 0; i < ts.Length; i++)
        {
            if (ts[i] < first) first = ts[i];
            if (ts[i] > last) last = ts[i];
        }
        if (log.StartTimestamp is { } start)
        {
            for (var i = 0; i < start.Length; i++)
            {
                if (start[i] < first) first = start[i];
            }
        }
        return new LogStatistics(log.CaseCount, log.EventCount, CountUsed(log), Utc(first), Utc(last));
    }

    // A name table may hold names that no event uses (e.g. filtered rows); count the used ones.
    private static int CountUsed(EventLog log)
    {
        var seen = new bool[log.Activities.Count];
        var used = 0;
        foreach (var a in log.Activity)
        {
            if (seen[a]) continue;
            seen[a] = true;
            used++;
        }
        return used;
    }

    private static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);
}
