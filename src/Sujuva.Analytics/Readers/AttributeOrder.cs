using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>Puts attribute columns in a declared order (XES globals, OCEL types), the rest after.</summary>
internal static class AttributeOrder
{
    public static void Apply(Dictionary<string, AttributeValue?[]> columns, IEnumerable<string> order)
    {
        var all = columns.ToList();
        columns.Clear();
        var byKey = all.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var key in order)
            if (byKey.TryGetValue(key, out var values)) columns.TryAdd(key, values);
        foreach (var (key, values) in all) columns.TryAdd(key, values);
    }
}
