using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using BoardKind = Sujuva.Web.Features.Boards.StageKind;
using FlowKind = Sujuva.Analytics.Flow.StageKind;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// The whole network's live flow, kept in memory and advanced by the event log's id cursor on every
/// read: a read first applies whatever was appended since the last one, so figures are never stale,
/// and a quiet log costs one indexed query. Scoping to a service or team is a filter on the snapshot.
/// </summary>
public sealed class FlowCache
{
    /// <summary>Events read per round trip while catching up (a first read of millions of events).</summary>
    public const int Batch = 50_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly LiveFlowBuilder _builder = new();

    public Task<LiveFlow> CurrentAsync(SujuvaDb db, CancellationToken ct) =>
        ReadAsync(db, (flow, _, _) => flow, ct);

    /// <summary>
    /// Catches up, then runs <paramref name="read"/> on the snapshot, the cases' activities and the current
    /// stages while no other read advances the cache (the activities are not a copy).
    /// </summary>
    public async Task<T> ReadAsync<T>(SujuvaDb db, Func<LiveFlow, CaseActivities, IReadOnlyDictionary<StageId, StageInfo>, T> read,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        await _gate.WaitAsync(ct);
        try
        {
            var stages = await StagesAsync(db, ct);
            while (true)
            {
                var batch = await After(db, _builder.Cursor, ct);
                if (batch.Count == 0) break;
                _builder.Apply(batch, stages);
                if (batch.Count < Batch) break;
            }

            return read(_builder.Snapshot(), _builder.Activities, stages);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static Task<List<Event>> After(SujuvaDb db, long cursor, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.Id > cursor).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);

    /// <summary>Board stages: their kinds map visits, their positions order the value stream.</summary>
    public static async Task<Dictionary<StageId, StageInfo>> StagesAsync(SujuvaDb db, CancellationToken ct) =>
        await db.Stages.AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.Kind })
            .ToDictionaryAsync(s => s.Id, s => new StageInfo(s.Name, s.Kind == BoardKind.Working ? FlowKind.Working : FlowKind.Waiting), ct);
}
