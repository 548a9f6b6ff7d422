using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// <see cref="LiveTimelines"/> as a running state: the log is append-only with an id cursor, so new
/// events are applied to the trails they touch and a snapshot rebuilds only those cases' timelines.
/// Not thread-safe; <see cref="FlowCache"/> serialises access.
/// </summary>
public sealed class LiveFlowBuilder
{
    private readonly Dictionary<CaseId, CaseTrail> _cases = [];
    private readonly Dictionary<CaseId, LiveCase?> _built = [];
    private readonly HashSet<CaseId> _dirty = [];
    private readonly Dictionary<Guid, LiveTimelines.ReferralTrail> _referrals = [];
    private LiveFlow? _snapshot;

    /// <summary>The id of the last event applied; the next read starts after it.</summary>
    public long Cursor { get; private set; }

    public int EventCount { get; private set; }

    /// <summary>Each case's activities for the process map, advanced by the same events.</summary>
    public CaseActivities Activities { get; } = new();

    public void Apply(IEnumerable<Event> events, IReadOnlyDictionary<StageId, StageInfo> stages)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stages);
        foreach (var e in events.OrderBy(e => e.Id))
        {
            Cursor = Math.Max(Cursor, e.Id);
            Activities.Apply(e);
            if (e.CaseId is not { } caseId || e.ServiceId is not { } serviceId) continue;
            if (!_cases.TryGetValue(caseId, out var trail))
                _cases[caseId] = trail = new CaseTrail(caseId.Value.ToString(), serviceId, e.OrganisationId?.Value.ToString());
            LiveTimelines.Apply(trail, e, stages, _referrals);
            _dirty.Add(caseId);
            EventCount++;
            _snapshot = null;
        }
    }

    /// <summary>The flow as of the last applied event; the same instance until another event arrives.</summary>
    public LiveFlow Snapshot()
    {
        if (_snapshot is not null) return _snapshot;
        foreach (var id in _dirty) _built[id] = _cases[id].ToLiveCase();
        _dirty.Clear();
        var handoffs = _referrals.Values
            .Select(r => r.ToLiveHandoff(r.NewCaseId is { } id && _cases.TryGetValue(new CaseId(id), out var opened) ? opened.FirstWorking : null))
            .ToArray();
        return _snapshot = new LiveFlow([.. _built.Values.OfType<LiveCase>()], handoffs);
    }
}
