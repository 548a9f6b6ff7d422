using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// PM4Py's interval_lifecycle.to_interval (reference README, caveat 7): each start pairs with the
/// next complete of the same (concept:name, concept:instance), first in first out, or by name
/// when there is no instance. A complete without a start starts when it completes; a start
/// without a complete is dropped, as is every other transition. Each case is then ordered by start.
/// </summary>
public static class LifecycleIntervals
{
    public const string TransitionKey = "lifecycle:transition";
    public const string InstanceKey = "concept:instance";

    /// <param name="log">A log in file order.</param>
    /// <param name="pm4PyOrder">Order by start only with a stable sort (PM4Py); else by (start, complete).</param>
    public static EventLog Pair(EventLog log, bool pm4PyOrder)
    {
        var transition = log.Attributes.Event.GetValueOrDefault(TransitionKey);
        var instance = log.Attributes.Event.GetValueOrDefault(InstanceKey);
        var builder = new EventLogBuilder();
        foreach (var (key, value) in log.Attributes.Log) builder.Attributes.Log[key] = value;
        foreach (var (key, children) in log.Attributes.LogChildren) builder.Attributes.LogChildren[key] = children;
        foreach (var (at, children) in log.Attributes.CaseChildren) builder.Attributes.CaseChildren[at] = children;
        builder.Attributes.Xes = log.Attributes.Xes;
        var eventChildren = log.Attributes.EventChildren.Where(kv => kv.Key.Key != TransitionKey).ToLookup(kv => kv.Key.Event);
        var pending = new Dictionary<(int Activity, string? Instance), Queue<int>>();
        var pairs = new List<(int Row, long Start, ushort StartOffset)>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            pending.Clear();
            pairs.Clear();
            for (var row = log.CaseStart(c); row < log.CaseEnd(c); row++)
            {
                var key = (log.Activity[row], instance?[row]?.Text);
                var kind = transition?[row]?.Text ?? "complete";
                if (kind.Equals("start", StringComparison.OrdinalIgnoreCase))
                {
                    if (!pending.TryGetValue(key, out var queue)) pending[key] = queue = new Queue<int>();
                    queue.Enqueue(row);
                }
                else if (kind.Equals("complete", StringComparison.OrdinalIgnoreCase))
                {
                    // The start keeps the offset it was written with, from the start event or the column.
                    pairs.Add(pending.TryGetValue(key, out var queue) && queue.TryDequeue(out var s)
                        ? (row, log.Timestamp[s], Offset(log.TimestampOffsets, s))
                        : log.StartTimestamp is { } st ? (row, st[row], Offset(log.StartTimestampOffsets, row))
                        : (row, log.Timestamp[row], Offset(log.TimestampOffsets, row)));
                }
            }
            // List.Sort is not stable; the row breaks ties so that file order is kept.
            pairs.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Row.CompareTo(b.Row));
            var caseIndex = builder.CaseIndex(log.CaseIds[c]);
            foreach (var (key, values) in log.Attributes.Case)
                if (values[c] is { } v) builder.SetCaseAttribute(key, caseIndex, v);
            foreach (var (row, start, startOffset) in pairs)
            {
                var added = Copy(log, row, start, startOffset, caseIndex, builder);
                foreach (var ((_, key), children) in eventChildren[row]) builder.Attributes.EventChildren[(added, key)] = children;
            }
        }
        var paired = builder.Build(sortByTime: !pm4PyOrder);
        AttributeOrder.Apply(paired.Attributes.Case, log.Attributes.Case.Keys);
        AttributeOrder.Apply(paired.Attributes.Event, log.Attributes.Event.Keys);
        return paired;
    }

    private static ushort Offset(ushort[]? offsets, int row) => offsets?[row] ?? 0;

    private static int Copy(EventLog log, int row, long start, ushort startOffset, int caseIndex, EventLogBuilder builder)
    {
        var resource = log.Resource is { } r && r[row] >= 0 ? builder.Resources.Intern(log.Resources[r[row]]) : -1;
        var group = log.Group is { } g && g[row] >= 0 ? builder.Groups.Intern(log.Groups[g[row]]) : -1;
        var activity = builder.Activities.Intern(log.Activities[log.Activity[row]]);
        var added = builder.Add(caseIndex, activity, log.Timestamp[row], start, resource, group,
            Offset(log.TimestampOffsets, row), startOffset);
        foreach (var (key, values) in log.Attributes.Event)
            if (key != TransitionKey && values[row] is { } v) builder.SetEventAttribute(key, added, v);
        return added;
    }
}
