using System.Text.Json;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Reads OCEL 2.0 JSON (objectTypes, eventTypes, objects, events with relationships) and flattens
/// it on one object type: each object of that type is a case, and each event linked to it is one
/// of its events (PM4Py's case-centric algorithms need this, METRICS.md §8). Links to objects of
/// other types become event attributes named by the object type.
/// </summary>
internal static class OcelJsonReader
{
    public static EventLog Read(Stream stream, string file, ReadOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new EventLogFormatException(file, (e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, $"malformed JSON: {e.Message}", e);
        }
        using (document)
        {
            try
            {
                return Flatten(document.RootElement, file, options);
            }
            catch (InvalidOperationException e)
            {
                // Invalid UTF-8 inside a JSON string surfaces only when the string is read; entries name their own place.
                throw new EventLogFormatException(file, "$", $"malformed JSON text: {e.Message}", e);
            }
        }
    }

    private static EventLog Flatten(JsonElement root, string file, ReadOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("objects", out var objects)
            || !root.TryGetProperty("events", out var events)
            || objects.ValueKind != JsonValueKind.Array || events.ValueKind != JsonValueKind.Array)
            throw new EventLogFormatException(file, "$", "not OCEL 2.0 JSON: it needs \"objects\" and \"events\" arrays");

        var typeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        Each(objects, "$.objects", file, (o, at) => typeOf[Text(o, "id", file, at)] = Text(o, "type", file, at));
        var caseType = ChooseType(options.ObjectType, typeOf, file);
        var builder = new EventLogBuilder();
        var times = OcelDeclarations.TimeAttributes(root);
        Each(events, "$.events", file, (e, at) => AddEvent(e, caseType, typeOf, times, builder, options, file, at));
        Each(objects, "$.objects", file, (o, at) => AddCaseAttributes(o, caseType, times, builder, file, at));
        var log = builder.Build(sortByTime: true);
        AttributeOrder.Apply(log.Attributes.Case, OcelDeclarations.Attributes(root, "objectTypes", caseType));
        AttributeOrder.Apply(log.Attributes.Event, OcelDeclarations.Attributes(root, "eventTypes", null));
        return log;
    }

    private static string ChooseType(string? wanted, Dictionary<string, string> typeOf, string file)
    {
        var types = typeOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (wanted is not null)
            return types.Contains(wanted) ? wanted
                : throw new EventLogFormatException(file, "$.objects", $"no objects of type '{wanted}'; the types are {string.Join(", ", types)}");
        if (types.Contains("case")) return "case";
        return types.Count == 1 ? types[0]
            : throw new EventLogFormatException(file, "$.objects", $"choose the object type to flatten on: {string.Join(", ", types)}");
    }

    private static void AddEvent(JsonElement e, string caseType, Dictionary<string, string> typeOf, HashSet<string> times,
        EventLogBuilder builder, ReadOptions options, string file, string at)
    {
        var activity = builder.Activities.Intern(Text(e, "type", file, at));
        var time = Time(Text(e, "time", file, at), options, file, at + ".time", out var offset);
        long? start = null;
        ushort startOffset = 0;
        int resource = -1, group = -1;
        var attributes = new List<(string, AttributeValue)>();
        if (e.TryGetProperty("attributes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            Each(list, at + ".attributes", file, (a, where) =>
            {
                var name = Text(a, "name", file, where);
                if (!a.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null) return;
                var value = Value(v, builder, times.Contains(name));
                switch (name)
                {
                    case "org:resource": resource = builder.Resources.Intern(value.Text); break;
                    case "org:group": group = builder.Groups.Intern(value.Text); break;
                    case "start_timestamp": start = Time(value.Text, options, file, where + ".value", out startOffset); break;
                    default: attributes.Add((name, value)); break;
                }
            });
        }
        var cases = new List<string>();
        if (e.TryGetProperty("relationships", out var links) && links.ValueKind == JsonValueKind.Array)
        {
            Each(links, at + ".relationships", file, (link, where) =>
            {
                var id = Text(link, "objectId", file, where);
                if (!typeOf.TryGetValue(id, out var type)) return;
                if (type == caseType) cases.Add(id);
                else if (type == "organisation" && group < 0) group = builder.Groups.Intern(id);
                else if (!attributes.Exists(a => a.Item1 == type)) attributes.Add((type, new AttributeValue(AttributeKind.String, id)));
            });
        }
        foreach (var caseId in cases)
        {
            var row = builder.Add(builder.CaseIndex(caseId), activity, time, start, resource, group, offset, startOffset);
            foreach (var (key, value) in attributes) builder.SetEventAttribute(key, row, value);
        }
    }

    private static void AddCaseAttributes(JsonElement o, string caseType, HashSet<string> times, EventLogBuilder builder,
        string file, string at)
    {
        if (Text(o, "type", file, at) != caseType || !o.TryGetProperty("attributes", out var list) || list.ValueKind != JsonValueKind.Array) return;
        var id = Text(o, "id", file, at);
        // Objects without events are not cases; their attributes have nowhere to go.
        if (!builder.TryGetCaseIndex(id, out var c)) return;
        Each(list, at + ".attributes", file, (a, where) =>
        {
            if (!a.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null) return;
            var name = Text(a, "name", file, where);
            builder.SetCaseAttribute(name, c, Value(v, builder, times.Contains(name)));
        });
    }

    /// <summary>Each element with its JSON path; text that cannot be read (invalid UTF-8) is refused at its element.</summary>
    private static void Each(JsonElement array, string path, string file, Action<JsonElement, string> read)
    {
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            try
            {
                read(element, at);
            }
            catch (InvalidOperationException e)
            {
                throw new EventLogFormatException(file, at, $"malformed JSON text: {e.Message}", e);
            }
        }
    }

    private static AttributeValue Value(JsonElement v, EventLogBuilder builder, bool isTime) => v.ValueKind switch
    {
        JsonValueKind.String when isTime => new(AttributeKind.Date, builder.InternValue(v.GetString())),
        JsonValueKind.Number when v.TryGetInt64(out _) => new(AttributeKind.Int, v.GetRawText()),
        JsonValueKind.Number => new(AttributeKind.Float, v.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => new(AttributeKind.Boolean, v.GetRawText()),
        JsonValueKind.String => new(AttributeKind.String, builder.InternValue(v.GetString())),
        _ => new(AttributeKind.String, v.GetRawText()),
    };

    private static string Text(JsonElement e, string property, string file, string at) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()! : throw new EventLogFormatException(file, $"{at}.{property}", $"an OCEL entry has no \"{property}\" text: {Clip(e)}");

    private static string Clip(JsonElement e) => CsvEventLogReader.Clip(e.GetRawText());

    private static long Time(string text, ReadOptions options, string file, string at, out ushort offset)
    {
        if (!TimestampText.TryParse(text, out var parsed))
            throw new EventLogFormatException(file, at, $"cannot read '{CsvEventLogReader.Clip(text)}' as a timestamp");
        offset = parsed.Offset(options.TimeZone).Code;
        return parsed.ToUtcTicks(options.TimeZone);
    }
}
