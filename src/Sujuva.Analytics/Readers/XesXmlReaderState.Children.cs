using System.Xml;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>Nested attributes and the log header of an XES log, read with XmlReader.</summary>
internal sealed partial class XesXmlReaderState
{
    // Nesting is read recursively; a hostile file must not overflow the stack.
    private const int MaxDepth = 64;

    /// <summary>Reads past the current attribute element; returns its children, null when it has none.</summary>
    private AttributeChildren? Children(XmlReader xml, int depth)
    {
        if (xml.IsEmptyElement) { xml.Read(); return null; }
        if (depth >= MaxDepth) throw Error($"attributes are nested more than {MaxDepth} deep");
        var children = new AttributeChildren();
        Walk(xml, () =>
        {
            if (ReferenceEquals(xml.LocalName, names.Values))
            {
                var values = children.Values ??= [];
                Walk(xml, () => Entry(xml, values, depth + 1));
            }
            else Entry(xml, children.Meta, depth + 1);
        });
        return children.IsEmpty ? null : children;
    }

    // Calls each for every child element of the current one (each reads past its element), then reads past the end tag.
    private static void Walk(XmlReader xml, Action each)
    {
        if (xml.IsEmptyElement) { xml.Read(); return; }
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element) each(); else xml.Read();
        }
        xml.Read();
    }

    // A typed attribute becomes a node; anything else (not XES) is skipped.
    private void Entry(XmlReader xml, List<AttributeNode> into, int depth)
    {
        if (!names.TypeNames.TryGetValue(xml.LocalName, out var kind)) { xml.Skip(); return; }
        var key = builder.InternValue(xml.GetAttribute(names.Key) ?? "");
        var value = new AttributeValue(kind, builder.InternValue(xml.GetAttribute(names.Value) ?? ""));
        into.Add(new AttributeNode(key, value, Children(xml, depth)));
    }

    private void ReadGlobal(XmlReader xml)
    {
        var scope = xml.GetAttribute("scope");
        var target = scope switch { "trace" => TraceGlobals, "event" => EventGlobals, _ => null };
        var global = new XesGlobal(scope, []);
        _declarations.Globals.Add(global);
        Walk(xml, () => Entry(xml, global.Attributes, 0));
        target?.AddRange(global.Attributes.Select(a => a.Key));
    }

    private void ReadExtension(XmlReader xml)
    {
        _declarations.Extensions.Add(new XesExtension(xml.GetAttribute("name") ?? "", xml.GetAttribute("prefix") ?? "", xml.GetAttribute("uri") ?? ""));
        xml.Skip();
    }

    private void ReadClassifier(XmlReader xml)
    {
        _declarations.Classifiers.Add(new XesClassifier(xml.GetAttribute("name") ?? "", xml.GetAttribute("keys") ?? "", xml.GetAttribute("scope")));
        xml.Skip();
    }
}
