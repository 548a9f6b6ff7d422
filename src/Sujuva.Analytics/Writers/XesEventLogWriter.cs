using System.Text;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// Writes XES 1849-2016 (METRICS.md §8): trace concept:name = case id; events with concept:name,
/// time:timestamp, start_timestamp (PM4Py's interval attribute), org:resource, org:group and every
/// other attribute with its type. Globals list the attribute keys in column order, so that
/// reading the file back gives the same columns in the same order.
/// </summary>
internal static class XesEventLogWriter
{
    public static void Write(EventLog log, Stream stream)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\" xes.features=\"\">\n");
        w.Write("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
        w.Write("  <extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n");
        w.Write("  <extension name=\"Lifecycle\" prefix=\"lifecycle\" uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n");
        w.Write("  <extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n");
        Globals(w, "trace", log.Attributes.Case);
        Globals(w, "event", log.Attributes.Event);
        foreach (var (key, value) in log.Attributes.Log) Attribute(w, "  ", key, value);
        var caseColumns = log.Attributes.Case.ToArray();
        var eventColumns = log.Attributes.Event.ToArray();
        for (var c = 0; c < log.CaseCount; c++)
        {
            w.Write("  <trace>\n");
            Attribute(w, "    ", "concept:name", new AttributeValue(AttributeKind.String, log.CaseIds[c]));
            foreach (var (key, values) in caseColumns)
                if (values[c] is { } v) Attribute(w, "    ", key, v);
            for (var e = log.CaseStart(c); e < log.CaseEnd(c); e++)
            {
                w.Write("    <event>\n");
                Attribute(w, "      ", "concept:name", new AttributeValue(AttributeKind.String, log.Activities[log.Activity[e]]));
                Date(w, "time:timestamp", log.Timestamp[e]);
                if (log.StartTimestamp is { } start) Date(w, "start_timestamp", start[e]);
                if (log.Resource is { } r && r[e] >= 0)
                    Attribute(w, "      ", "org:resource", new AttributeValue(AttributeKind.String, log.Resources[r[e]]));
                if (log.Group is { } g && g[e] >= 0)
                    Attribute(w, "      ", "org:group", new AttributeValue(AttributeKind.String, log.Groups[g[e]]));
                foreach (var (key, values) in eventColumns)
                    if (values[e] is { } v) Attribute(w, "      ", key, v);
                w.Write("    </event>\n");
            }
            w.Write("  </trace>\n");
        }
        w.Write("</log>\n");
    }

    private static void Globals(StreamWriter w, string scope, Dictionary<string, AttributeValue?[]> columns)
    {
        if (columns.Count == 0) return;
        w.Write($"  <global scope=\"{scope}\">\n");
        foreach (var (key, values) in columns)
        {
            var kind = Array.Find(values, v => v is not null)?.Kind ?? AttributeKind.String;
            Attribute(w, "    ", key, new AttributeValue(kind, Default(kind)));
        }
        w.Write("  </global>\n");
    }

    private static string Default(AttributeKind kind) => kind switch
    {
        AttributeKind.Int => "0",
        AttributeKind.Float => "0.0",
        AttributeKind.Boolean => "false",
        AttributeKind.Date => "1970-01-01T00:00:00.000+00:00",
        _ => "",
    };

    private static void Date(StreamWriter w, string key, long ticks)
    {
        Span<char> time = stackalloc char[TimestampFormat.MaxLength];
        w.Write("      <date key=\"");
        w.Write(key);
        w.Write("\" value=\"");
        w.Write(time[..TimestampFormat.Write(ticks, time)]);
        w.Write("\"/>\n");
    }

    private static void Attribute(StreamWriter w, string indent, string key, AttributeValue value)
    {
        var element = value.Kind switch
        {
            AttributeKind.Int => "int",
            AttributeKind.Float => "float",
            AttributeKind.Boolean => "boolean",
            AttributeKind.Date => "date",
            AttributeKind.Id => "id",
            _ => "string",
        };
        w.Write(indent);
        w.Write('<');
        w.Write(element);
        w.Write(" key=\"");
        Escape(w, key);
        w.Write("\" value=\"");
        Escape(w, value.Text);
        w.Write("\"/>\n");
    }

    // Line breaks and tabs as character references: XML attribute-value normalisation would turn them into spaces.
    private static void Escape(StreamWriter w, string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var i = span.IndexOfAny("&<>\"\n\r\t");
            if (i < 0) { w.Write(span); return; }
            w.Write(span[..i]);
            w.Write(span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                _ => "&#9;",
            });
            span = span[(i + 1)..];
        }
    }
}
