using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>XES attribute elements, with their children: meta-attributes, list &lt;values&gt;, container entries.</summary>
internal static class XesAttributeWriter
{
    private static readonly string Spaces = new(' ', 256);

    public static void Attribute(StreamWriter w, int depth, string key, AttributeValue value, AttributeChildren? children = null)
    {
        var element = Element(value.Kind);
        Indent(w, depth);
        w.Write('<');
        w.Write(element);
        w.Write(" key=\"");
        Escape(w, key);
        w.Write('"');
        // Lists and containers have no value of their own.
        if (value.Kind is not (AttributeKind.List or AttributeKind.Container) || value.Text.Length > 0)
        {
            w.Write(" value=\"");
            Escape(w, value.Text);
            w.Write('"');
        }
        if (children is null)
        {
            w.Write("/>\n");
            return;
        }
        w.Write(">\n");
        foreach (var node in children.Meta) Attribute(w, depth + 1, node.Key, node.Value, node.Children);
        if (children.Values is { } values) Values(w, depth + 1, values);
        Indent(w, depth);
        w.Write("</");
        w.Write(element);
        w.Write(">\n");
    }

    private static void Values(StreamWriter w, int depth, List<AttributeNode> values)
    {
        Indent(w, depth);
        if (values.Count == 0)
        {
            w.Write("<values/>\n");
            return;
        }
        w.Write("<values>\n");
        foreach (var node in values) Attribute(w, depth + 1, node.Key, node.Value, node.Children);
        Indent(w, depth);
        w.Write("</values>\n");
    }

    public static void Indent(StreamWriter w, int depth) => w.Write(Spaces.AsSpan(0, Math.Min(2 * depth, Spaces.Length)));

    public static string Element(AttributeKind kind) => kind switch
    {
        AttributeKind.Int => "int",
        AttributeKind.Float => "float",
        AttributeKind.Boolean => "boolean",
        AttributeKind.Date => "date",
        AttributeKind.Id => "id",
        AttributeKind.List => "list",
        AttributeKind.Container => "container",
        _ => "string",
    };

    // Line breaks and tabs as character references: XML attribute-value normalisation would turn them into spaces.
    public static void Escape(StreamWriter w, string text)
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
