namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// Collects events in source order (cases may interleave) and builds an <see cref="EventLog"/>
/// grouped by case, cases in order of first appearance.
/// </summary>
public sealed partial class EventLogBuilder
{
    private readonly Dictionary<string, int> _caseIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _caseSpans;
    private readonly List<string> _caseIds = [];
    private readonly ChunkedColumn<int> _eventCase = new();
    private readonly ChunkedColumn<int> _activity = new();
    private readonly ChunkedColumn<long> _timestamp = new();
    private readonly ChunkedColumn<long> _start = new();
    private readonly ChunkedColumn<int> _resource = new();
    private readonly ChunkedColumn<int> _group = new();
    private readonly ChunkedColumn<ushort> _offset = new();
    private readonly ChunkedColumn<ushort> _startOffset = new();
    private bool _hasOffset;
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

    public int EventCount => _activity.Count;

    public int CaseCount => _caseIds.Count;

    public int CaseIndex(string caseId)
    {
        if (_caseIndex.TryGetValue(caseId, out var c)) return c;
        c = _caseIds.Count;
        _caseIndex.Add(caseId, c);
        _caseIds.Add(caseId);
        return c;
    }

    /// <summary>The case index of an id; allocates the id string only for a new case.</summary>
    public int CaseIndex(ReadOnlySpan<char> caseId) =>
        _caseSpans.TryGetValue(caseId, out var c) ? c : CaseIndex(caseId.ToString());

    public bool TryGetCaseIndex(string caseId, out int caseIndex) => _caseIndex.TryGetValue(caseId, out caseIndex);

    /// <summary>Adds one event; returns its source row number (for attributes).</summary>
    public int Add(int caseIndex, string activity, long timestampTicks, long? startTicks = null,
        string? resource = null, string? group = null) =>
        Add(caseIndex, Activities.Intern(activity), timestampTicks, startTicks,
            resource is null ? -1 : Resources.Intern(resource), group is null ? -1 : Groups.Intern(group));

    /// <summary>
    /// Adds one event by interned ids (readers' fast path); -1 for no resource or group. The offsets
    /// are <see cref="TimestampOffset.Code"/>s of the source text; 0 records none.
    /// </summary>
    public int Add(int caseIndex, int activityId, long timestampTicks, long? startTicks, int resourceId, int groupId,
        ushort offset = 0, ushort startOffset = 0)
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
        // Most logs have no offsets recorded (built in code, or read as PM4Py does): no column at all.
        if ((offset | startOffset) != 0) SetOffsets(row, offset, startTicks.HasValue ? startOffset : (ushort)0);
        return row;
    }

    // A start column only for logs with start times: without one, the start is the timestamp, offset included.
    private void SetOffsets(int row, ushort offset, ushort startOffset)
    {
        _hasOffset = true;
        _offset.Set(row, offset);
        if (startOffset != 0) _startOffset.Set(row, startOffset);
    }

    /// <summary>
    /// Gives the rows from <paramref name="fromRow"/> on to a case; for readers that learn the case
    /// id after its events (an XES trace may name itself after its events).
    /// </summary>
    internal void AssignCase(int fromRow, int caseIndex)
    {
        for (var row = fromRow; row < _eventCase.Count; row++) _eventCase[row] = caseIndex;
    }

    /// <summary>
    /// Groups rows by case. With <paramref name="sortByTime"/>, each case's events are ordered by
    /// (start, timestamp) with a stable sort, so ties keep source order; otherwise source order.
    /// Event attributes set with SetEventAttribute move into the log: Build is then called once.
    /// </summary>
    public EventLog Build(bool sortByTime = true)
    {
        var n = _activity.Count;
        var cases = _caseIds.Count;
        var offsets = new int[cases + 1];
        for (var row = 0; row < n; row++) offsets[_eventCase[row] + 1]++;
        for (var c = 0; c < cases; c++) offsets[c + 1] += offsets[c];

        // Counting sort by case keeps source order inside each case (stable).
        var order = new int[n];
        var next = (int[])offsets.Clone();
        for (var row = 0; row < n; row++) order[next[_eventCase[row]]++] = row;
        if (sortByTime) SortCases(order, offsets);

        var activity = new int[n];
        var timestamp = new long[n];
        var start = _hasStart ? new long[n] : null;
        var resource = _hasResource ? new int[n] : null;
        var group = _hasGroup ? new int[n] : null;
        var offset = _hasOffset ? new ushort[n] : null;
        var startOffset = _hasOffset && _hasStart ? new ushort[n] : null;
        for (var i = 0; i < n; i++)
        {
            var r = order[i];
            activity[i] = _activity[r];
            timestamp[i] = _timestamp[r];
            if (start is not null) start[i] = _start[r];
            if (resource is not null) resource[i] = _resource[r];
            if (group is not null) group[i] = _group[r];
            if (offset is not null) offset[i] = _offset.GetOrDefault(r);
            if (startOffset is not null) startOffset[i] = _startOffset.GetOrDefault(r) is not 0 and var so ? so : offset![i];
        }

        return new EventLog([.. _caseIds], offsets, activity, timestamp, start, resource, group,
            Activities, Resources, Groups, BuildAttributes(order, cases), sortByTime)
        { TimestampOffsets = offset, StartTimestampOffsets = startOffset };
    }
}
