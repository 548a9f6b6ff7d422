using System.Xml;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>The XmlReader walk over log, traces and events, for XES in encodings other than UTF-8.</summary>
internal sealed partial class XesXmlReaderState(XesNames names, EventLogBuilder builder, ReadOptions options, string file, IXmlLineInfo line)
{
    private readonly List<(string Key, AttributeValue Value)> _caseAttributes = [];
    private readonly List<(string Key, AttributeValue Value)> _eventAttributes = [];
    private readonly List<(string Key, AttributeChildren Children)> _caseChildren = [];
    private readonly List<(string Key, AttributeChildren Children)> _eventChildren = [];
    private readonly XesDeclarations _declarations = new();
    private int _traces;

    public EventLogBuilder Builder => builder;

    public List<string> TraceGlobals { get; } = [];

    public List<string> EventGlobals { get; } = [];

    public EventLogFormatException Error(string problem) =>
        new(file, line.LineNumber, line.LinePosition, problem);

    public void ReadLog(XmlReader xml)
    {
        builder.Attributes.Xes = _declarations;
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element) { xml.Read(); continue; }
            var name = xml.LocalName;
            if (ReferenceEquals(name, names.Trace)) ReadTrace(xml);
            else if (name == "global") ReadGlobal(xml);
            else if (name == "extension") ReadExtension(xml);
            else if (name == "classifier") ReadClassifier(xml);
            else if (names.TypeNames.TryGetValue(name, out var kind))
            {
                var (key, value) = Attribute(xml, kind);
                builder.Attributes.Log[key] = value;
                if (Children(xml, 0) is { } children) builder.Attributes.LogChildren[key] = children;
                else builder.Attributes.LogChildren.Remove(key);
            }
            else xml.Skip();
        }
    }

    private void ReadTrace(XmlReader xml)
    {
        var firstRow = builder.EventCount;
        string? caseId = null;
        _caseAttributes.Clear();
        _caseChildren.Clear();
        _traces++;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element) { xml.Read(); continue; }
                var name = xml.LocalName;
                if (ReferenceEquals(name, names.Event)) ReadEvent(xml);
                else if (names.TypeNames.TryGetValue(name, out var kind))
                {
                    var (key, value) = Attribute(xml, kind);
                    if (key == "concept:name") caseId = value.Text;
                    else _caseAttributes.Add((key, value));
                    if (Children(xml, 0) is { } children) _caseChildren.Add((key, children));
                }
                else xml.Skip();
            }
        }
        xml.Read();
        // PM4Py names a trace without concept:name by nothing; a case needs an id, so it gets its ordinal.
        var caseIndex = builder.CaseIndex(caseId ?? $"trace {_traces}");
        builder.AssignCase(firstRow, caseIndex);
        foreach (var (key, value) in _caseAttributes) builder.SetCaseAttribute(key, caseIndex, value);
        foreach (var (key, children) in _caseChildren) builder.Attributes.CaseChildren[(caseIndex, key)] = children;
    }

    private void ReadEvent(XmlReader xml)
    {
        var (eventLine, eventColumn) = (line.LineNumber, line.LinePosition);
        string? activity = null, resource = null, group = null;
        long? time = null, start = null;
        ushort offset = 0, startOffset = 0;
        _eventAttributes.Clear();
        _eventChildren.Clear();
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element || !names.TypeNames.TryGetValue(xml.LocalName, out var kind))
                {
                    if (xml.NodeType == XmlNodeType.Element) xml.Skip(); else xml.Read();
                    continue;
                }
                var (key, value) = Attribute(xml, kind);
                switch (key)
                {
                    case "concept:name": activity = value.Text; break;
                    case "time:timestamp": time = Time(value.Text, out offset); break;
                    case "start_timestamp": start = Time(value.Text, out startOffset); break;
                    case "org:resource": resource = value.Text; break;
                    case "org:group": group = value.Text; break;
                    default: _eventAttributes.Add((key, value)); break;
                }
                if (Children(xml, 0) is { } children) _eventChildren.Add((key, children));
            }
        }
        xml.Read();
        if (activity is null) throw new EventLogFormatException(file, eventLine, eventColumn, "an <event> has no concept:name");
        if (time is null) throw new EventLogFormatException(file, eventLine, eventColumn, "an <event> has no time:timestamp");
        var row = builder.Add(-1, builder.Activities.Intern(activity), time.Value, start,
            resource is null ? -1 : builder.Resources.Intern(resource), group is null ? -1 : builder.Groups.Intern(group),
            offset, startOffset);
        foreach (var (key, value) in _eventAttributes) builder.SetEventAttribute(key, row, value);
        foreach (var (key, children) in _eventChildren) builder.Attributes.EventChildren[(row, key)] = children;
    }

    private (string Key, AttributeValue Value) Attribute(XmlReader xml, AttributeKind kind)
    {
        var key = xml.GetAttribute(names.Key) ?? throw Error($"a <{xml.LocalName}> attribute has no key");
        var text = xml.GetAttribute(names.Value) ?? "";
        return (builder.InternValue(key), new AttributeValue(kind, builder.InternValue(text)));
    }

    private long Time(string text, out ushort offset)
    {
        if (!TimestampText.TryParse(text, out var parsed))
            throw Error($"cannot read '{CsvEventLogReader.Clip(text)}' as a timestamp (XES uses ISO 8601, like 2026-11-23T14:05:00.000+02:00)");
        offset = options.Pm4PyCompat ? (ushort)0 : parsed.Offset(options.TimeZone).Code;
        return options.Pm4PyCompat ? parsed.ToCompatTicks(options.TimeZone) : parsed.ToUtcTicks(options.TimeZone);
    }
}
