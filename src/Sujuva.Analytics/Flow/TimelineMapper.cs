using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Flow;

/// <summary>One row of an imported event log: case, activity, UTC time and organisation group.</summary>
public readonly record struct ActivityEvent(string CaseId, string Activity, DateTime Timestamp, string? Organisation);

/// <summary>
/// Builds case timelines from an event log and a <see cref="StageMap"/>: arrival = the case's first
/// event; a stage activity ends the open visit and starts a new one; block/unblock open and close a
/// blocked interval (reason = the activity); a close activity closes all. A stage activity after a
/// close reopens the case. Activities the map does not know change nothing.
/// </summary>
public static class TimelineMapper
{
    public static IReadOnlyList<CaseTimeline> FromEvents(IEnumerable<ActivityEvent> events, StageMap map)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(map);
        return events
            .GroupBy(e => e.CaseId, StringComparer.Ordinal)
            .Select(g => Build(g.Key, g.OrderBy(e => e.Timestamp).ToList(), map))
            .ToArray();
    }

    public static IReadOnlyList<CaseTimeline> FromEventLog(EventLog log, StageMap map)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(map);
        var result = new CaseTimeline[log.CaseIds.Length];
        for (var c = 0; c < result.Length; c++)
        {
            var rows = new List<ActivityEvent>(log.CaseOffsets[c + 1] - log.CaseOffsets[c]);
            for (var e = log.CaseOffsets[c]; e < log.CaseOffsets[c + 1]; e++)
            {
                var group = log.Group is { } g && g[e] >= 0 ? log.Groups[g[e]] : null;
                rows.Add(new(log.CaseIds[c], log.Activities[log.Activity[e]], new DateTime(log.Timestamp[e], DateTimeKind.Utc), group));
            }

            if (!log.IsTimeOrdered) rows = rows.OrderBy(r => r.Timestamp).ToList();
            result[c] = Build(log.CaseIds[c], rows, map);
        }

        return result;
    }

    private static CaseTimeline Build(string caseId, List<ActivityEvent> events, StageMap map)
    {
        var visits = new List<StageVisit>();
        var blocks = new List<BlockInterval>();
        DateTime? closed = null;
        string? organisation = null;
        foreach (var e in events)
        {
            organisation ??= e.Organisation;
            if (map.TryStage(e.Activity, out var stage))
            {
                closed = null;
                EndVisit(visits, e.Timestamp);
                visits.Add(new StageVisit(stage.Stage, stage.Kind, e.Timestamp, null));
            }
            else if (map.IsBlock(e.Activity) && closed is null && (blocks.Count == 0 || blocks[^1].To is not null))
                blocks.Add(new BlockInterval(e.Activity, e.Timestamp, null));
            else if (map.IsUnblock(e.Activity)) EndBlock(blocks, e.Timestamp);
            else if (map.IsClose(e.Activity) && closed is null)
            {
                closed = e.Timestamp;
                EndVisit(visits, e.Timestamp);
                EndBlock(blocks, e.Timestamp);
            }
        }

        return new CaseTimeline(caseId, organisation, events.Count > 0 ? events[0].Timestamp : default, closed, visits, blocks, []);
    }

    private static void EndVisit(List<StageVisit> visits, DateTime at)
    {
        if (visits.Count > 0 && visits[^1].Out is null) visits[^1] = visits[^1] with { Out = at };
    }

    private static void EndBlock(List<BlockInterval> blocks, DateTime at)
    {
        if (blocks.Count > 0 && blocks[^1].To is null) blocks[^1] = blocks[^1] with { To = at };
    }
}
