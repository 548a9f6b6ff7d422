using System.Text;
using Sujuva.Analytics.EventLogs;
using static Sujuva.Analytics.Writers.XesAttributeWriter;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// Writes XES 1849-2016 (METRICS.md §8): trace concept:name = case id; events with concept:name,
/// time:timestamp, start_timestamp (PM4Py's interval attribute), org:resource, org:group and every
/// other attribute with its type and nested attributes. A log read from XES gets its own header
/// back (<see cref="XesHeaderWriter"/>); any other gets globals in column order, so that reading
/// the file back gives the same columns in the same order.
/// </summary>
internal static class XesEventLogWriter
{
    private const string Name = "concept:name";

    public static void Write(EventLog log, Stream stream)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\" xes.features=\"\">\n");
        var a = log.Attributes;
        XesHeaderWriter.Write(w, log);
        foreach (var (key, value) in a.Log) Attribute(w, 1, key, value, a.LogChildren.GetValueOrDefault(key));
        var caseColumns = a.Case.ToArray();
        var eventColumns = a.Event.ToArray();
        // Nesting is rare: without any, no event pays for a lookup.
        var caseChildren = a.CaseChildren.Count > 0 ? a.CaseChildren : null;
        var eventChildren = a.EventChildren.Count > 0 ? a.EventChildren : null;
        for (var c = 0; c < log.CaseCount; c++)
        {
            w.Write("  <trace>\n");
            Attribute(w, 2, Name, new AttributeValue(AttributeKind.String, log.CaseIds[c]), Of(caseChildren, c, Name));
            foreach (var (key, values) in caseColumns)
                if (values[c] is { } v) Attribute(w, 2, key, v, Of(caseChildren, c, key));
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                w.Write("    <event>\n");
                Attribute(w, 3, Name, new AttributeValue(AttributeKind.String, log.Activities[log.Activity[e]]), Of(eventChildren, e, Name));
                Date(w, "time:timestamp", log.Timestamp[e], log.TimestampOffsets?[e] ?? 0, Of(eventChildren, e, "time:timestamp"));
                if (log.StartTimestamp is { } start)
                    Date(w, "start_timestamp", start[e], log.StartTimestampOffsets?[e] ?? 0, Of(eventChildren, e, "start_timestamp"));
                if (log.Resource is { } r && r[e] >= 0)
                    Attribute(w, 3, "org:resource", new AttributeValue(AttributeKind.String, log.Resources[r[e]]), Of(eventChildren, e, "org:resource"));
                if (log.Group is { } g && g[e] >= 0)
                    Attribute(w, 3, "org:group", new AttributeValue(AttributeKind.String, log.Groups[g[e]]), Of(eventChildren, e, "org:group"));
                foreach (var (key, values) in eventColumns)
                    if (values[e] is { } v) Attribute(w, 3, key, v, Of(eventChildren, e, key));
                w.Write("    </event>\n");
            }
            w.Write("  </trace>\n");
        }
        w.Write("</log>\n");
    }

    private static AttributeChildren? Of(Dictionary<(int, string), AttributeChildren>? table, int index, string key) =>
        table is not null && table.TryGetValue((index, key), out var children) ? children : null;

    private static void Date(StreamWriter w, string key, long ticks, ushort offset, AttributeChildren? children)
    {
        Span<char> time = stackalloc char[TimestampFormat.MaxLength];
        var length = TimestampFormat.Write(ticks, offset, time);
        if (children is not null)
        {
            Attribute(w, 3, key, new AttributeValue(AttributeKind.Date, time[..length].ToString()), children);
            return;
        }
        w.Write("      <date key=\"");
        w.Write(key);
        w.Write("\" value=\"");
        w.Write(time[..length]);
        w.Write("\"/>\n");
    }
}
