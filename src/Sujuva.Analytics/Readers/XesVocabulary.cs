using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

internal enum XesElement { Other, Log, Trace, Event, Global, Extension, Classifier, String, Date, Int, Float, Boolean, Id, List, Container, Values }

internal enum XesKey { Other, Activity, Timestamp, Start, Resource, Group }

/// <summary>XES element names and attribute keys, recognised by their bytes.</summary>
internal sealed class XesVocabulary
{
    private readonly ByteKeyTable<XesElement> _elements = new();
    private readonly ByteKeyTable<(string, XesKey)> _keys = new();

    public XesVocabulary()
    {
        foreach (var e in Enum.GetValues<XesElement>())
            if (e != XesElement.Other) _elements.Add(System.Text.Encoding.UTF8.GetBytes(e.ToString().ToLowerInvariant()), e);
    }

    public XesElement Element(ReadOnlySpan<byte> name) => _elements.TryGetValue(name, out var e) ? e : XesElement.Other;

    /// <summary>The attribute type of an element, null for elements that are not attributes.</summary>
    public static AttributeKind? KindOf(XesElement element) => element switch
    {
        XesElement.String => AttributeKind.String,
        XesElement.Date => AttributeKind.Date,
        XesElement.Int => AttributeKind.Int,
        XesElement.Float => AttributeKind.Float,
        XesElement.Boolean => AttributeKind.Boolean,
        XesElement.Id => AttributeKind.Id,
        XesElement.List => AttributeKind.List,
        XesElement.Container => AttributeKind.Container,
        _ => null,
    };

    public (string Name, XesKey Standard) Key(ReadOnlySpan<byte> key, XmlTagReader xml)
    {
        if (_keys.TryGetValue(key, out var known)) return known;
        var name = XmlTagReader.ToText(key, xml.Error);
        var standard = name switch
        {
            "concept:name" => XesKey.Activity,
            "time:timestamp" => XesKey.Timestamp,
            "start_timestamp" => XesKey.Start,
            "org:resource" => XesKey.Resource,
            "org:group" => XesKey.Group,
            _ => XesKey.Other,
        };
        if (_keys.Count < 100_000) _keys.Add(key, (name, standard));
        return (name, standard);
    }
}
