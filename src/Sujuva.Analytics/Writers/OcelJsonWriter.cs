using System.Text.Json;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// Writes OCEL 2.0 JSON (METRICS.md §8). Object types: case (one per case, with its attributes),
/// organisation (from org:group), and client / service where the log has such case or event
/// attributes. Each event links to its case, its organisation and its client / service; a case
/// links to its client / service. Read back flattened on "case", it gives the same log.
/// </summary>
internal static class OcelJsonWriter
{
    private static readonly string[] LinkedTypes = ["client", "service"];

    public static void Write(EventLog log, Stream stream)
    {
        var objects = new OcelObjects(log, LinkedTypes);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = true });
        w.WriteStartObject();
        WriteTypes(w, "objectTypes", objects.TypeNames.Select(t => (t, t == "case" ? AttributeTypes(log.Attributes.Case) : [])));
        var eventAttributes = AttributeTypes(log.Attributes.Event);
        if (log.Resource is not null) eventAttributes.Insert(0, ("org:resource", "string"));
        if (log.StartTimestamp is not null) eventAttributes.Insert(0, ("start_timestamp", "time"));
        WriteTypes(w, "eventTypes", log.Activities.Names.Select(a => (a, eventAttributes)));
        objects.WriteObjects(w);
        WriteEvents(log, w, objects);
        w.WriteEndObject();
    }

    private static void WriteEvents(EventLog log, Utf8JsonWriter w, OcelObjects objects)
    {
        w.WriteStartArray("events");
        var columns = log.Attributes.Event.ToArray();
        for (var c = 0; c < log.CaseCount; c++)
        {
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                w.WriteStartObject();
                w.WriteString("id", $"e{e + 1}");
                w.WriteString("type", log.Activities[log.Activity[e]]);
                w.WriteString("time", TimestampFormat.Format(log.Timestamp[e], log.TimestampOffsets?[e] ?? 0));
                w.WriteStartArray("attributes");
                if (log.StartTimestamp is { } start) Attribute(w, "start_timestamp", new(AttributeKind.Date, TimestampFormat.Format(start[e], log.StartTimestampOffsets?[e] ?? 0)));
                if (log.Resource is { } r && r[e] >= 0) Attribute(w, "org:resource", new(AttributeKind.String, log.Resources[r[e]]));
                foreach (var (key, values) in columns)
                    if (values[e] is { } v && !objects.IsLinkedEventKey(key)) Attribute(w, key, v);
                w.WriteEndArray();
                objects.WriteEventLinks(w, c, e);
                w.WriteEndObject();
                FlushSometimes(w);
            }
        }
        w.WriteEndArray();
    }

    // Utf8JsonWriter keeps everything pending until flushed: flush in blocks to keep memory flat.
    internal static void FlushSometimes(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16) w.Flush();
    }

    internal static void Attribute(Utf8JsonWriter w, string name, AttributeValue value, bool withTime = false)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        if (withTime) w.WriteString("time", "1970-01-01T00:00:00Z");
        w.WritePropertyName("value");
        switch (value.Kind)
        {
            case AttributeKind.Int or AttributeKind.Float when JsonNumber.IsValid(value.Text): w.WriteRawValue(value.Text, skipInputValidation: true); break;
            case AttributeKind.Boolean when value.Text is "true" or "false": w.WriteBooleanValue(value.Text == "true"); break;
            default: w.WriteStringValue(value.Text); break;
        }
        w.WriteEndObject();
    }

    private static List<(string Name, string Type)> AttributeTypes(Dictionary<string, AttributeValue?[]> columns) =>
        [.. columns.Select(kv => (kv.Key, TypeName(Array.Find(kv.Value, v => v is not null)?.Kind ?? AttributeKind.String)))];

    private static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Int => "integer",
        AttributeKind.Float => "float",
        AttributeKind.Boolean => "boolean",
        AttributeKind.Date => "time",
        _ => "string",
    };

    private static void WriteTypes(Utf8JsonWriter w, string property, IEnumerable<(string Name, List<(string Name, string Type)> Attributes)> types)
    {
        w.WriteStartArray(property);
        foreach (var (name, attributes) in types)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteStartArray("attributes");
            foreach (var (a, type) in attributes)
            {
                w.WriteStartObject();
                w.WriteString("name", a);
                w.WriteString("type", type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

/// <summary>JSON's number grammar: -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?</summary>
internal static class JsonNumber
{
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-') i++;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
        if (s[i] == '0') i++; else while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i < s.Length && s[i] == '.') { i++; if (!Digits(s, ref i)) return false; }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            if (!Digits(s, ref i)) return false;
        }
        return i == s.Length;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i > start;
    }
}
