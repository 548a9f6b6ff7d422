using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>
/// Cases per first and per last activity, in the log's row order as PM4Py's get_start_activities /
/// get_end_activities (first and last row of each case, no re-sorting).
/// </summary>
public static class EndpointActivities
{
    public static IReadOnlyList<NameCount> Start(EventLog log) => Count(log, first: true);

    public static IReadOnlyList<NameCount> End(EventLog log) => Count(log, first: false);

    private static List<NameCount> Count(EventLog log, bool first)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counts = new int[log.Activities.Count];
        var offsets = log.CaseOffsets;
        for (var c = 0; c < log.CaseCount; c++)
        {
            int from = offsets[c], to = offsets[c + 1];
            if (to > from) counts[log.Activity[first ? from : to - 1]]++;
        }
        return NameCounts.From(counts, log.Activities);
    }
}
