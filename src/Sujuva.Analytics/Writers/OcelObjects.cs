using System.Text.Json;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Writers;

/// <summary>The objects an OCEL export holds besides events: cases, organisations, clients, services.</summary>
internal sealed class OcelObjects
{
    private readonly EventLog _log;
    private readonly string[] _eventLinks;
    private readonly string[] _caseLinks;
    private readonly Dictionary<(string Type, string Value), string> _ids = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public OcelObjects(EventLog log, string[] linkedTypes)
    {
        _log = log;
        _eventLinks = [.. linkedTypes.Where(log.Attributes.Event.ContainsKey)];
        _caseLinks = [.. linkedTypes.Where(log.Attributes.Case.ContainsKey)];
        foreach (var id in log.CaseIds) _used.Add(id);
        var types = new List<string> { "case" };
        if (log.Group is not null) types.Add("organisation");
        types.AddRange(linkedTypes.Where(t => _eventLinks.Contains(t) || _caseLinks.Contains(t)));
        TypeNames = types;
    }

    public IReadOnlyList<string> TypeNames { get; }

    public bool IsLinkedEventKey(string key) => _eventLinks.Contains(key);

    public void WriteObjects(Utf8JsonWriter w)
    {
        w.WriteStartArray("objects");
        var caseColumns = _log.Attributes.Case.ToArray();
        for (var c = 0; c < _log.CaseCount; c++)
        {
            w.WriteStartObject();
            w.WriteString("id", _log.CaseIds[c]);
            w.WriteString("type", "case");
            w.WriteStartArray("attributes");
            foreach (var (key, values) in caseColumns)
                if (values[c] is { } v) OcelJsonWriter.Attribute(w, key, v, withTime: true);
            w.WriteEndArray();
            w.WriteStartArray("relationships");
            foreach (var type in _caseLinks)
                if (_log.Attributes.Case[type][c] is { } v) Link(w, type, v.Text);
            w.WriteEndArray();
            w.WriteEndObject();
            OcelJsonWriter.FlushSometimes(w);
        }
        // Ids of the other objects were handed out while events were not yet written: do it now.
        for (var e = 0; e < _log.EventCount; e++)
        {
            if (_log.Group is { } g && g[e] >= 0) IdOf("organisation", _log.Groups[g[e]]);
            foreach (var type in _eventLinks)
                if (_log.Attributes.Event[type][e] is { } v) IdOf(type, v.Text);
        }
        foreach (var ((type, _), id) in _ids)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("type", type);
            w.WriteStartArray("attributes");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public void WriteEventLinks(Utf8JsonWriter w, int caseIndex, int e)
    {
        w.WriteStartArray("relationships");
        Relationship(w, _log.CaseIds[caseIndex], "case");
        if (_log.Group is { } g && g[e] >= 0) Link(w, "organisation", _log.Groups[g[e]]);
        foreach (var type in _eventLinks)
            if (_log.Attributes.Event[type][e] is { } v) Link(w, type, v.Text);
        w.WriteEndArray();
    }

    private void Link(Utf8JsonWriter w, string type, string value) => Relationship(w, IdOf(type, value), type);

    private static void Relationship(Utf8JsonWriter w, string objectId, string qualifier)
    {
        w.WriteStartObject();
        w.WriteString("objectId", objectId);
        w.WriteString("qualifier", qualifier);
        w.WriteEndObject();
    }

    // An object keeps its own id unless another object has it already (ids are unique across types).
    private string IdOf(string type, string value)
    {
        if (_ids.TryGetValue((type, value), out var id)) return id;
        id = _used.Add(value) ? value : $"{type}:{value}";
        if (id != value) _used.Add(id);
        _ids[(type, value)] = id;
        return id;
    }
}
