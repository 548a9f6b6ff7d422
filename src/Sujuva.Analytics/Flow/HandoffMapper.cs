using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Flow;

/// <summary>
/// Handoffs in an imported log, where a referral is not an event of its own: a case passes from one
/// organisation to another when consecutive events change org:group. The handoff is sent at the
/// last event in the sending organisation, decided (accepted) at the first event in the receiving
/// one, and started at the first event there that enters a working stage of the <see cref="StageMap"/>
/// (METRICS.md §2: handoff wait = sent → first working-stage entry). Events without a group are
/// passed over, so they neither make nor break a handoff.
/// </summary>
public static class HandoffMapper
{
    public static IReadOnlyList<Handoff> FromEvents(IEnumerable<ActivityEvent> events, StageMap map)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(map);
        var handoffs = new List<Handoff>();
        foreach (var trace in events.Where(e => e.Organisation is not null).GroupBy(e => e.CaseId, StringComparer.Ordinal))
            AddCase([.. trace.OrderBy(e => e.Timestamp)], map, handoffs);
        return handoffs;
    }

    public static IReadOnlyList<Handoff> FromEventLog(EventLog log, StageMap map)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(map);
        if (log.Group is not { } group) return [];
        var handoffs = new List<Handoff>();
        var trace = new List<ActivityEvent>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            trace.Clear();
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                if (group[e] < 0) continue;
                trace.Add(new(log.CaseIds[c], log.Activities[log.Activity[e]],
                    new DateTime(log.Timestamp[e], DateTimeKind.Utc), log.Groups[group[e]]));
            }
            if (!log.IsTimeOrdered) trace.Sort((a, b) => a.Timestamp.CompareTo(b.Timestamp));
            AddCase(trace, map, handoffs);
        }
        return handoffs;
    }

    private static void AddCase(List<ActivityEvent> trace, StageMap map, List<Handoff> handoffs)
    {
        string? stage = null;
        for (var i = 1; i < trace.Count; i++)
        {
            if (map.TryStage(trace[i - 1].Activity, out var before)) stage = before.Stage;
            var from = trace[i - 1].Organisation!;
            var to = trace[i].Organisation!;
            if (string.Equals(from, to, StringComparison.Ordinal)) continue;

            DateTime? started = null;
            for (var j = i; j < trace.Count && string.Equals(trace[j].Organisation, to, StringComparison.Ordinal); j++)
            {
                if (map.TryStage(trace[j].Activity, out var s) && s.Kind == StageKind.Working)
                {
                    started = trace[j].Timestamp;
                    break;
                }
            }
            handoffs.Add(new Handoff(from, to, trace[i - 1].Timestamp, trace[i].Timestamp, null, started) { FromStage = stage });
        }
    }
}
