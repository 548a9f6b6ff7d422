using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Each case's activities as the process map reads them (<see cref="ExportedActivity"/>, work logs left
/// out: effort inside a step, not a step), kept compactly for millions of events: per event one long of
/// sequence number and activity index, one long of UTC ticks. Events arrive in id order, so the sequence
/// keeps the log's order across cases, which decides the order in which a built log first meets its cases
/// and activities.
/// Not thread-safe; <see cref="FlowCache"/> serialises access.
/// </summary>
public sealed class CaseActivities
{
    private const int ActivityBits = 24;
    private const long ActivityMask = (1L << ActivityBits) - 1;

    private readonly Dictionary<CaseId, List<Step>> _cases = [];
    private readonly Dictionary<ActivityKey, int> _index = [];
    private readonly List<ActivityKey> _keys = [];
    private long _sequence;

    /// <summary>The distinct activities met so far, by index.</summary>
    public IReadOnlyList<ActivityKey> Keys => _keys;

    public void Apply(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.CaseId is not { } caseId || e.Type == EventTypes.WorkLogged || ExportedActivity.Of(e) is not { } key) return;
        if (!_index.TryGetValue(key, out var activity))
        {
            activity = _keys.Count;
            if (activity > ActivityMask) throw new InvalidOperationException("More distinct activities than the process map store holds.");
            _index[key] = activity;
            _keys.Add(key);
        }

        if (!_cases.TryGetValue(caseId, out var steps)) _cases[caseId] = steps = [];
        steps.Add(new Step((_sequence++ << ActivityBits) | (uint)activity, e.At.Ticks));
    }

    /// <summary>The case's activities in log order; empty for a case without any.</summary>
    public IReadOnlyList<Step> Of(CaseId caseId) => _cases.TryGetValue(caseId, out var steps) ? steps : [];

    /// <summary>One event as an activity: its place in the log (2^39 events) and activity index packed, and when it happened.</summary>
    public readonly record struct Step(long SequenceAndActivity, long Ticks)
    {
        public int Activity => (int)(SequenceAndActivity & ActivityMask);
    }
}
