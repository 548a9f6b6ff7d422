namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// Collects events in source order (cases may interleave) and builds an <see cref="EventLog"/>
/// grouped by case, cases in order of first appearance.
/// </summary>
public sealed class EventLogBuilder
{
    private readonly Dictionary<string, int> _caseIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _caseSpans;
    private readonly ValuePool _values = new();
    private readonly List<string> _caseIds = [];
    private readonly List<int> _eventCase = [];
    private readonly List<int> _activity = [];
    private readonly List<long> _timestamp = [];
    private readonly List<long> _start = [];
    private readonly List<int> _resource = [];
    private readonly List<int> _group = [];
    private bool _hasStart;
    private bool _hasResource;
    private bool _hasGroup;

    public EventLogBuilder()
    {
        _caseIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _caseSpans = _caseIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public NameTable Activities { get; } = new();

    public NameTable Resources { get; } = new();

    public NameTable Groups { get; } = new();

    /// <summary>Attributes keyed by source row (events) and by case index; reordered on build.</summary>
    public EventAttributes Attributes { get; } = new();

    public int EventCount => _activity.Count;

    public int CaseIndex(string caseId)
    {
        if (_caseIndex.TryGetValue(caseId, out var c)) return c;
        c = _caseIds.Count;
        _caseIndex.Add(caseId, c);
        _caseIds.Add(caseId);
        return c;
    }

    public int CaseCount => _caseIds.Count;

    /// <summary>The case index of an id; allocates the id string only for a new case.</summary>
    public int CaseIndex(ReadOnlySpan<char> caseId)
    {
        if (_caseSpans.TryGetValue(caseId, out var c)) return c;
        return CaseIndex(caseId.ToString());
    }

    public bool TryGetCaseIndex(string caseId, out int caseIndex) => _caseIndex.TryGetValue(caseId, out caseIndex);

    /// <summary>Adds one event by interned ids (readers' fast path); -1 for no resource or group.</summary>
    public int Add(int caseIndex, int activityId, long timestampTicks, long? startTicks, int resourceId, int groupId)
    {
        var row = _activity.Count;
        _eventCase.Add(caseIndex);
        _activity.Add(activityId);
        _timestamp.Add(timestampTicks);
        if (startTicks.HasValue) _hasStart = true;
        _start.Add(startTicks ?? timestampTicks);
        if (resourceId >= 0) _hasResource = true;
        _resource.Add(resourceId);
        if (groupId >= 0) _hasGroup = true;
        _group.Add(groupId);
        return row;
    }

    /// <summary>
    /// Gives the rows from <paramref name="fromRow"/> on to a case; for readers that learn the case
    /// id after its events (an XES trace may name itself after its events).
    /// </summary>
    internal void AssignCase(int fromRow, int caseIndex)
    {
        for (var row = fromRow; row < _eventCase.Count; row++) _eventCase[row] = caseIndex;
    }

    /// <summary>Sets an event attribute of a source row (the row that Add returned).</summary>
    public void SetEventAttribute(string key, int row, AttributeValue value) =>
        Set(Attributes.Event, key, row, value);

    /// <summary>Sets a case attribute (by case index).</summary>
    public void SetCaseAttribute(string key, int caseIndex, AttributeValue value) =>
        Set(Attributes.Case, key, caseIndex, value);

    /// <summary>A shared copy of repeated attribute text (values repeat a lot in real logs).</summary>
    public string InternValue(ReadOnlySpan<char> text) => _values.Intern(text);

    /// <summary>Adds one event; returns its source row number (for attributes).</summary>
    public int Add(int caseIndex, string activity, long timestampTicks, long? startTicks = null,
        string? resource = null, string? group = null)
    {
        var row = _activity.Count;
        _eventCase.Add(caseIndex);
        _activity.Add(Activities.Intern(activity));
        _timestamp.Add(timestampTicks);
        if (startTicks.HasValue) _hasStart = true;
        _start.Add(startTicks ?? timestampTicks);
        if (resource is not null) _hasResource = true;
        _resource.Add(resource is null ? -1 : Resources.Intern(resource));
        if (group is not null) _hasGroup = true;
        _group.Add(group is null ? -1 : Groups.Intern(group));
        return row;
    }

    /// <summary>
    /// Groups rows by case. With <paramref name="sortByTime"/>, each case's events are ordered by
    /// (start, timestamp) with a stable sort, so ties keep source order; otherwise source order.
    /// </summary>
    public EventLog Build(bool sortByTime = true)
    {
        var n = _activity.Count;
        var cases = _caseIds.Count;
        var offsets = new int[cases + 1];
        foreach (var c in _eventCase) offsets[c + 1]++;
        for (var c = 0; c < cases; c++) offsets[c + 1] += offsets[c];

        // Counting sort by case keeps source order inside each case (stable).
        var order = new int[n];
        var next = (int[])offsets.Clone();
        for (var row = 0; row < n; row++) order[next[_eventCase[row]]++] = row;

        if (sortByTime)
        {
            var keys = new (long Start, long Time, int Row)[n];
            for (var c = 0; c < cases; c++)
            {
                int from = offsets[c], to = offsets[c + 1];
                var sorted = true;
                for (var i = from; i < to; i++)
                {
                    var r = order[i];
                    keys[i] = (_start[r], _timestamp[r], r);
                    if (i > from && Compare(keys[i - 1], keys[i]) > 0) sorted = false;
                }
                if (!sorted) Array.Sort(keys, from, to - from, Comparer<(long, long, int)>.Create(Compare));
                for (var i = from; i < to; i++) order[i] = keys[i].Row;
            }
        }

        var activity = new int[n];
        var timestamp = new long[n];
        var start = _hasStart ? new long[n] : null;
        var resource = _hasResource ? new int[n] : null;
        var group = _hasGroup ? new int[n] : null;
        for (var i = 0; i < n; i++)
        {
            var r = order[i];
            activity[i] = _activity[r];
            timestamp[i] = _timestamp[r];
            if (start is not null) start[i] = _start[r];
            if (resource is not null) resource[i] = _resource[r];
            if (group is not null) group[i] = _group[r];
        }

        var attributes = new EventAttributes();
        foreach (var (key, value) in Attributes.Log) attributes.Log[key] = value;
        foreach (var (key, values) in Attributes.Case) attributes.Case[key] = Resize(values, cases);
        foreach (var (key, values) in Attributes.Event)
        {
            var moved = new AttributeValue?[n];
            for (var i = 0; i < n; i++) moved[i] = order[i] < values.Length ? values[order[i]] : null;
            attributes.Event[key] = moved;
        }

        return new EventLog([.. _caseIds], offsets, activity, timestamp, start, resource, group,
            Activities, Resources, Groups, attributes, sortByTime);
    }

    // Ties on both times fall back to source row: a stable sort.
    private static int Compare((long Start, long Time, int Row) a, (long Start, long Time, int Row) b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0) return c;
        c = a.Time.CompareTo(b.Time);
        return c != 0 ? c : a.Row.CompareTo(b.Row);
    }

    private static void Set(Dictionary<string, AttributeValue?[]> columns, string key, int index, AttributeValue value)
    {
        if (!columns.TryGetValue(key, out var values))
        {
            values = new AttributeValue?[Math.Max(16, index + 1)];
            columns.Add(key, values);
        }
        else if (index >= values.Length)
        {
            Array.Resize(ref values, Math.Max(index + 1, values.Length * 2));
            columns[key] = values;
        }
        values[index] = value;
    }

    private static AttributeValue?[] Resize(AttributeValue?[] values, int length)
    {
        if (values.Length == length) return values;
        var resized = new AttributeValue?[length];
        Array.Copy(values, resized, Math.Min(values.Length, length));
        return resized;
    }
}
