namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// A columnar, in-memory event log. Events are grouped by case: the events of case c are
/// the rows [CaseOffsets[c], CaseOffsets[c + 1]), in the case's order (see <see cref="EventLogBuilder"/>).
/// Times are UTC ticks. Columns that the source did not have are null.
/// </summary>
public sealed class EventLog
{
    internal EventLog(
        string[] caseIds, int[] caseOffsets, int[] activity, long[] timestamp, long[]? startTimestamp,
        int[]? resource, int[]? group, NameTable activities, NameTable resources, NameTable groups,
        EventAttributes attributes, bool isTimeOrdered)
    {
        IsTimeOrdered = isTimeOrdered;
        CaseIds = caseIds;
        CaseOffsets = caseOffsets;
        Activity = activity;
        Timestamp = timestamp;
        StartTimestamp = startTimestamp;
        Resource = resource;
        Group = group;
        Activities = activities;
        Resources = resources;
        Groups = groups;
        Attributes = attributes;
    }

    /// <summary>Case ids, in order of the case's first event in the source.</summary>
    public string[] CaseIds { get; }

    /// <summary>Length CaseCount + 1; the last entry is EventCount.</summary>
    public int[] CaseOffsets { get; }

    /// <summary>Per event: index into <see cref="Activities"/>.</summary>
    public int[] Activity { get; }

    /// <summary>Per event: the (complete) time, UTC ticks.</summary>
    public long[] Timestamp { get; }

    /// <summary>Per event: the start time of an interval event, UTC ticks; null when the log has none.</summary>
    public long[]? StartTimestamp { get; }

    /// <summary>
    /// Per event: the <see cref="TimestampOffset.Code"/> of <see cref="Timestamp"/> as the source wrote it,
    /// for writers only (analyses use UTC); null when no offset was recorded.
    /// </summary>
    public ushort[]? TimestampOffsets { get; internal init; }

    /// <summary>Per event: the offset code of <see cref="StartTimestamp"/>; null when none was recorded.</summary>
    public ushort[]? StartTimestampOffsets { get; internal init; }

    /// <summary>The source's UTC offset of an event's timestamp (Unrecorded when none was kept).</summary>
    public TimestampOffset TimestampOffset(int e) => TimestampOffsets is { } o ? EventLogs.TimestampOffset.FromCode(o[e]) : default;

    /// <summary>The source's UTC offset of an event's start timestamp (Unrecorded when none was kept).</summary>
    public TimestampOffset StartTimestampOffset(int e) =>
        StartTimestampOffsets is { } o ? EventLogs.TimestampOffset.FromCode(o[e]) : default;

    /// <summary>Per event: index into <see cref="Resources"/>, or -1; null when the log has no resources.</summary>
    public int[]? Resource { get; }

    /// <summary>Per event: index into <see cref="Groups"/> (org:group, the organisation), or -1; null when absent.</summary>
    public int[]? Group { get; }

    public NameTable Activities { get; }

    public NameTable Resources { get; }

    public NameTable Groups { get; }

    /// <summary>Every other attribute of the source, kept so that round trips lose nothing.</summary>
    public EventAttributes Attributes { get; }

    /// <summary>
    /// True when each case's events are ordered by (start, timestamp), ties in source order.
    /// False keeps source order (PM4Py's XES reader); analyses that need time order sort themselves.
    /// </summary>
    public bool IsTimeOrdered { get; }

    public int CaseCount => CaseIds.Length;

    public int EventCount => Activity.Length;

    public int CaseStart(int c) => CaseOffsets[c];

    public int CaseEnd(int c) => CaseOffsets[c + 1];
}
