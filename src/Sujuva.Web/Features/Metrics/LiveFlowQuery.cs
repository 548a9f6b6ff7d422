using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using BoardKind = Sujuva.Web.Features.Boards.StageKind;
using FlowKind = Sujuva.Analytics.Flow.StageKind;

namespace Sujuva.Web.Features.Metrics;

/// <summary>
/// Loads what <see cref="LiveTimelines"/> maps: the board stages and the case events of the services,
/// plus the events of cases referred to or from them, so a handoff can end in another service's case.
/// </summary>
public static class LiveFlowQuery
{
    /// <param name="services">The services in scope; null loads the whole network.</param>
    public static async Task<LiveFlow> LoadAsync(SujuvaDb db, IReadOnlyCollection<ServiceId>? services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stages = await db.Stages.AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.Kind })
            .ToDictionaryAsync(s => s.Id, s => new StageInfo(s.Name, s.Kind == BoardKind.Working ? FlowKind.Working : FlowKind.Waiting), ct);
        var events = db.Events.AsNoTracking().Where(e => e.CaseId != null && e.ServiceId != null);
        if (services is not null)
        {
            var scope = services.ToList();
            var linked = await db.Referrals.AsNoTracking()
                .Where(r => scope.Contains(r.FromServiceId) || scope.Contains(r.ToServiceId))
                .Select(r => new { r.FromCaseId, r.NewCaseId })
                .ToListAsync(ct);
            var cases = linked.Select(r => r.FromCaseId)
                .Concat(linked.Where(r => r.NewCaseId != null).Select(r => r.NewCaseId!.Value))
                .Distinct().ToList();
            events = events.Where(e => scope.Contains(e.ServiceId!.Value) || cases.Contains(e.CaseId!.Value));
        }

        return LiveTimelines.From(await events.OrderBy(e => e.Id).ToListAsync(ct), stages);
    }
}
