using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>Nested attributes and the log header (globals, extensions, classifiers) of an XES log.</summary>
internal sealed partial class XesTagWalker
{
    // Nesting is read recursively; a hostile file must not overflow the stack.
    private const int MaxDepth = 64;

    /// <summary>The children of the current attribute element: null for an empty element, the usual case.</summary>
    private AttributeChildren? Children(int depth)
    {
        if (xml.IsEmpty) return null;
        if (depth >= MaxDepth) throw xml.Error($"attributes are nested more than {MaxDepth} deep");
        var self = _words.Element(xml.Name);
        var children = new AttributeChildren();
        while (true)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside an attribute (truncated?)");
            if (xml.IsEnd) { ExpectEnd(self); return children.IsEmpty ? null : children; }
            var element = _words.Element(xml.Name);
            if (element == XesElement.Values) children.Values = Entries(children.Values ?? [], depth);
            else if (XesVocabulary.KindOf(element) is { } kind) children.Meta.Add(Node(kind, depth + 1));
            else SkipChildren();
        }
    }

    // The entries of a list's <values>, in order.
    private List<AttributeNode> Entries(List<AttributeNode> entries, int depth)
    {
        if (xml.IsEmpty) return entries;
        while (true)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside <values> (truncated?)");
            if (xml.IsEnd) { ExpectEnd(XesElement.Values); return entries; }
            if (XesVocabulary.KindOf(_words.Element(xml.Name)) is { } kind) entries.Add(Node(kind, depth + 1));
            else SkipChildren();
        }
    }

    // A key is required at the top level; inside lists some writers leave it out, so it is "" there.
    private AttributeNode Node(AttributeKind kind, int depth)
    {
        var key = xml.TryGetAttribute("key"u8, out var k) ? _words.Key(k, xml).Name : "";
        var value = new AttributeValue(kind, Text(Value()));
        return new AttributeNode(key, value, Children(depth));
    }

    private void ReadGlobal()
    {
        var scope = Optional("scope"u8);
        var target = scope switch { "trace" => TraceGlobals, "event" => EventGlobals, _ => null };
        var global = new XesGlobal(scope, []);
        _declarations.Globals.Add(global);
        var open = !xml.IsEmpty;
        while (open)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside a <global> (truncated?)");
            if (xml.IsEnd) { ExpectEnd(XesElement.Global); open = false; continue; }
            if (XesVocabulary.KindOf(_words.Element(xml.Name)) is { } kind)
            {
                var node = Node(kind, 0);
                global.Attributes.Add(node);
                target?.Add(node.Key);
            }
            else SkipChildren();
        }
    }

    private void ReadExtension()
    {
        _declarations.Extensions.Add(new XesExtension(Optional("name"u8) ?? "", Optional("prefix"u8) ?? "", Optional("uri"u8) ?? ""));
        SkipChildren();
    }

    private void ReadClassifier()
    {
        _declarations.Classifiers.Add(new XesClassifier(Optional("name"u8) ?? "", Optional("keys"u8) ?? "", Optional("scope"u8)));
        SkipChildren();
    }

    private string? Optional(ReadOnlySpan<byte> name) =>
        xml.TryGetAttribute(name, out var value) ? XmlTagReader.ToText(value, xml.Error) : null;
}
