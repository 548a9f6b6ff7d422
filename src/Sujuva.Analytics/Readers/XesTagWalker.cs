using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// The XES structure over <see cref="XmlTagReader"/>: log, traces, events and typed attributes.
/// Names and repeated values are looked up by their bytes, so most attributes never become strings.
/// </summary>
internal sealed partial class XesTagWalker(XmlTagReader xml, EventLogBuilder builder, ReadOptions options)
{
    private const int MaxPooledValues = 1 << 20;
    private readonly XesVocabulary _words = new();
    private readonly ByteKeyTable<int> _activities = new();
    private readonly ByteKeyTable<int> _resources = new();
    private readonly ByteKeyTable<int> _groups = new();
    private readonly ByteKeyTable<string> _values = new();
    private readonly List<(string Key, AttributeValue Value)> _caseAttributes = [];
    private readonly List<(AttributeColumnBuilder Column, AttributeValue Value)> _eventAttributes = [];
    private readonly List<(string Key, AttributeChildren Children)> _caseChildren = [];
    private readonly List<(string Key, AttributeChildren Children)> _eventChildren = [];
    private readonly XesDeclarations _declarations = new();
    private readonly Dictionary<string, AttributeColumnBuilder> _columns = new(ReferenceEqualityComparer.Instance);
    private int _traces;

    public EventLogBuilder Builder => builder;

    public List<string> TraceGlobals { get; } = [];

    public List<string> EventGlobals { get; } = [];

    public void ReadLog()
    {
        if (!xml.Read() || xml.IsEnd) throw xml.Error("not an XES file: there is no <log> element");
        if (_words.Element(xml.Name) != XesElement.Log) throw xml.Error("not an XES file: the root element is not <log>");
        builder.Attributes.Xes = _declarations;
        if (xml.IsEmpty) { EnsureEnd(); return; }
        while (true)
        {
            if (!xml.Read()) throw xml.Error("the file ends before </log> (truncated?)");
            if (xml.IsEnd)
            {
                ExpectEnd(XesElement.Log);
                EnsureEnd();
                _columns.Clear();  // Build lets each column go once moved; this cache must not hold them.
                return;
            }
            var element = _words.Element(xml.Name);
            if (element == XesElement.Trace) ReadTrace();
            else if (element == XesElement.Global) ReadGlobal();
            else if (element == XesElement.Extension) ReadExtension();
            else if (element == XesElement.Classifier) ReadClassifier();
            else if (XesVocabulary.KindOf(element) is { } kind)
            {
                var (key, _) = Key();
                builder.Attributes.Log[key] = new AttributeValue(kind, Text(Value()));
                if (Children(0) is { } children) builder.Attributes.LogChildren[key] = children;
                else builder.Attributes.LogChildren.Remove(key);
            }
            else SkipChildren();
        }
    }

    private void ReadTrace()
    {
        var firstRow = builder.EventCount;
        string? caseId = null;
        _caseAttributes.Clear();
        _caseChildren.Clear();
        _traces++;
        var open = !xml.IsEmpty;
        while (open)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside a <trace> (truncated?)");
            if (xml.IsEnd) { ExpectEnd(XesElement.Trace); open = false; continue; }
            var element = _words.Element(xml.Name);
            if (element == XesElement.Event) ReadEvent();
            else if (XesVocabulary.KindOf(element) is { } kind)
            {
                var (key, standard) = Key();
                if (standard == XesKey.Activity) caseId = Text(Value());
                else _caseAttributes.Add((key, new AttributeValue(kind, Text(Value()))));
                if (Children(0) is { } children) _caseChildren.Add((key, children));
            }
            else SkipChildren();
        }
        // A trace without concept:name still needs a case id: its ordinal.
        var caseIndex = builder.CaseIndex(caseId ?? $"trace {_traces}");
        builder.AssignCase(firstRow, caseIndex);
        foreach (var (key, value) in _caseAttributes) builder.SetCaseAttribute(key, caseIndex, value);
        foreach (var (key, children) in _caseChildren) builder.Attributes.CaseChildren[(caseIndex, key)] = children;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void ReadEvent()
    {
        int activity = -1, resource = -1, group = -1;
        long? time = null, start = null;
        ushort offset = 0, startOffset = 0;
        _eventAttributes.Clear();
        if (_eventChildren.Count > 0) _eventChildren.Clear();
        var open = !xml.IsEmpty;
        while (open)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside an <event> (truncated?)");
            if (xml.IsEnd) { ExpectEnd(XesElement.Event); open = false; continue; }
            if (XesVocabulary.KindOf(_words.Element(xml.Name)) is { } kind)
            {
                var (key, standard) = Key();
                var value = Value();
                switch (standard)
                {
                    case XesKey.Activity: activity = Intern(_activities, value, builder.Activities); break;
                    case XesKey.Timestamp: time = Time(value, out offset); break;
                    case XesKey.Start: start = Time(value, out startOffset); break;
                    case XesKey.Resource: resource = Intern(_resources, value, builder.Resources); break;
                    case XesKey.Group: group = Intern(_groups, value, builder.Groups); break;
                    default: _eventAttributes.Add((EventColumn(key), new AttributeValue(kind, Text(value)))); break;
                }
            }
            if (!xml.IsEmpty) EventChildren();
        }
        if (activity < 0) throw xml.Error("an <event> has no concept:name");
        if (time is null) throw xml.Error("an <event> has no time:timestamp");
        var row = builder.Add(-1, activity, time.Value, start, resource, group, offset, startOffset);
        foreach (var (column, value) in _eventAttributes) column.Set(row, value);
        if (_eventChildren.Count > 0)
            foreach (var (key, children) in _eventChildren) builder.Attributes.EventChildren[(row, key)] = children;
    }

    // Rare, so out of the event loop; the current tag's key is still readable.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void EventChildren()
    {
        if (XesVocabulary.KindOf(_words.Element(xml.Name)) is null) { SkipChildren(); return; }
        var (key, _) = Key();
        if (Children(0) is { } children) _eventChildren.Add((key, children));
    }

    // Keys come from the vocabulary's cache, one string per key: found by reference, not hashed.
    private AttributeColumnBuilder EventColumn(string key)
    {
        if (!_columns.TryGetValue(key, out var column)) _columns.Add(key, column = builder.EventColumn(key));
        return column;
    }
}
