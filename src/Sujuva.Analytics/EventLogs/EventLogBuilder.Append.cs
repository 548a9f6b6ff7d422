namespace Sujuva.Analytics.EventLogs;

/// <summary>Merging builders that read consecutive stretches of one source (parallel readers).</summary>
public sealed partial class EventLogBuilder
{
    /// <summary>
    /// Appends the events of a builder that read a later stretch of the same source; returns where
    /// its cases went. Its attributes are not moved (the reader merges its own columns).
    /// </summary>
    internal int[] Append(EventLogBuilder later)
    {
        var caseMap = new int[later._caseIds.Count];
        for (var c = 0; c < caseMap.Length; c++) caseMap[c] = CaseIndex(later._caseIds[c]);
        var activities = Map(later.Activities, Activities);
        var resources = Map(later.Resources, Resources);
        var groups = Map(later.Groups, Groups);
        for (var row = 0; row < later.EventCount; row++)
        {
            var r = later._resource[row];
            var g = later._group[row];
            Add(caseMap[later._eventCase[row]], activities[later._activity[row]], later._timestamp[row],
                later._hasStart ? later._start[row] : null, r < 0 ? -1 : resources[r], g < 0 ? -1 : groups[g],
                later._offset.GetOrDefault(row), later._startOffset.GetOrDefault(row));
        }
        return caseMap;
    }

    private static int[] Map(NameTable from, NameTable to)
    {
        var map = new int[from.Count];
        for (var i = 0; i < map.Length; i++) map[i] = to.Intern(from[i]);
        return map;
    }
}
