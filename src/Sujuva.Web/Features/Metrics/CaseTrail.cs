using Sujuva.Analytics.Flow;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// One case's timeline while its events are read in log order. Events carry the stage the case is in
/// after the change, so a move ends the open visit and starts the next. A reopen clears the close and
/// starts a new visit; the closed gap stays inside the lead time (the case never left the service).
/// </summary>
internal sealed class CaseTrail(string caseId, ServiceId serviceId, string? organisation)
{
    private readonly List<StageVisit> _visits = [];
    private readonly List<BlockInterval> _blocks = [];
    private readonly List<WorkEntry> _work = [];
    private readonly List<UndoneClose> _undone = [];
    private DateTime? _arrival;
    private DateTime? _closed;

    public ServiceId ServiceId => serviceId;

    public string? CurrentStage => _visits.Count > 0 && _visits[^1].Out is null ? _visits[^1].Stage : null;

    public void Open(DateTime at, StageInfo stage)
    {
        _arrival ??= at;
        Enter(at, stage);
    }

    public void Move(DateTime at, StageInfo stage)
    {
        EndVisit(at);
        Enter(at, stage);
    }

    public void Block(DateTime at, string reason) => _blocks.Add(new BlockInterval(reason, at, null));

    public void Unblock(DateTime at)
    {
        if (_blocks.Count > 0 && _blocks[^1].To is null) _blocks[^1] = _blocks[^1] with { To = at };
    }

    public void Log(DateTime at, int minutes) => _work.Add(new WorkEntry(at, minutes, CurrentStage));

    public void Close(DateTime at)
    {
        Unblock(at);
        EndVisit(at);
        _closed = at;
    }

    public void Reopen(DateTime at, StageInfo stage)
    {
        if (_closed is { } closed) _undone.Add(new UndoneClose(closed, at));
        _closed = null;
        Enter(at, stage);
    }

    /// <summary>The first entry into a working stage, the end of a handoff wait.</summary>
    public DateTime? FirstWorking => _visits.Where(v => v.Kind == StageKind.Working).Select(v => (DateTime?)v.In).FirstOrDefault();

    /// <summary>Null for a trail whose opening event is missing (a log cut before it), which no metric can use.</summary>
    public LiveCase? ToLiveCase() => _arrival is { } arrival
        ? new LiveCase(serviceId, new CaseTimeline(caseId, organisation, arrival, _closed, [.. _visits], [.. _blocks], [.. _work])
        {
            UndoneCloses = _undone.Count == 0 ? [] : [.. _undone],
        })
        : null;

    private void Enter(DateTime at, StageInfo stage) => _visits.Add(new StageVisit(stage.Name, stage.Kind, at, null));

    private void EndVisit(DateTime at)
    {
        if (_visits.Count > 0 && _visits[^1].Out is null) _visits[^1] = _visits[^1] with { Out = at };
    }
}
