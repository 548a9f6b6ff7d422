using System.Text.Json;

namespace Sujuva.Analytics.Readers;

/// <summary>What an OCEL file's objectTypes and eventTypes declare: attribute names, in order, and types.</summary>
internal static class OcelDeclarations
{
    public static List<string> Attributes(JsonElement root, string property, string? typeName)
    {
        var names = new List<string>();
        if (!root.TryGetProperty(property, out var types) || types.ValueKind != JsonValueKind.Array) return names;
        foreach (var t in types.EnumerateArray())
        {
            if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("attributes", out var list) || list.ValueKind != JsonValueKind.Array) continue;
            if (typeName is not null && !(t.TryGetProperty("name", out var n) && n.ValueEquals(typeName))) continue;
            foreach (var a in list.EnumerateArray())
                if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    names.Add(name.GetString()!);
        }
        return names;
    }

    // Attributes that eventTypes / objectTypes declare of type "time" are dates, not plain text.
    public static HashSet<string> TimeAttributes(JsonElement root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in (string[])["eventTypes", "objectTypes"])
        {
            if (!root.TryGetProperty(property, out var types) || types.ValueKind != JsonValueKind.Array) continue;
            foreach (var t in types.EnumerateArray())
            {
                if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("attributes", out var list) || list.ValueKind != JsonValueKind.Array) continue;
                foreach (var a in list.EnumerateArray())
                    if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("type", out var type) && type.ValueEquals("time")
                        && a.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                        names.Add(name.GetString()!);
            }
        }
        return names;
    }
}
