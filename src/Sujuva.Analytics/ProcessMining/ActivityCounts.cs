using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.ProcessMining;

/// <summary>A name with how often it occurs: events per activity, or cases per start/end activity.</summary>
public sealed record NameCount(string Name, int Count);

/// <summary>
/// Events per activity, as PM4Py's get_event_attribute_values(df, 'concept:name'): every event counts,
/// whatever its lifecycle transition. Sorted by count descending, then name.
/// </summary>
public static class ActivityCounts
{
    public static IReadOnlyList<NameCount> Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var counts = new int[log.Activities.Count];
        foreach (var a in log.Activity) counts[a]++;
        return NameCounts.From(counts, log.Activities);
    }
}

internal static class NameCounts
{
    /// <summary>Non-zero counts as a list, by count descending then name (ordinal).</summary>
    public static List<NameCount> From(int[] counts, NameTable names)
    {
        var list = new List<NameCount>();
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0) list.Add(new NameCount(names[id], counts[id]));
        }
        list.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Name, y.Name));
        return list;
    }
}
