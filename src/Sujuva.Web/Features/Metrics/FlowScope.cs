using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;
using BoardKind = Sujuva.Web.Features.Boards.StageKind;
using FlowKind = Sujuva.Analytics.Flow.StageKind;

namespace Sujuva.Web.Features.Metrics;

public enum FlowScopeKind { Service, Team, Network }

/// <summary>
/// What a dashboard covers: one service, one team's services, or the network. Services is null for the
/// whole network; StageOrder is the board order of the stages (merged by name across services).
/// </summary>
public sealed record FlowScope(FlowScopeKind Kind, Guid? Id, string Name, IReadOnlySet<ServiceId>? Services,
    IReadOnlyList<string> StageOrder, IReadOnlyDictionary<string, FlowKind> StageKinds)
{
    /// <summary>
    /// Managers, developers and administrators see every service and team; others their own teams'
    /// (their "network" is those services). Null when the id is unknown or not visible: a 404, never a 403.
    /// </summary>
    public static async Task<FlowScope?> ResolveAsync(SujuvaDb db, CurrentUser user, FlowScopeKind kind, Guid? id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var visible = db.ServicesVisibleTo(user);
        if (!user.SeesWholeNetwork)
        {
            var teams = user.Teams.ToList();
            visible = visible.Where(s => teams.Contains(s.TeamId));
        }

        var services = kind switch
        {
            FlowScopeKind.Service when id is { } s => visible.Where(v => v.Id == new ServiceId(s)),
            FlowScopeKind.Team when id is { } t => visible.Where(v => v.TeamId == new TeamId(t)),
            FlowScopeKind.Network => visible,
            _ => null,
        };
        if (services is null) return null;
        var rows = await services.Select(s => new { s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn) }).ToListAsync(ct);
        if (kind != FlowScopeKind.Network && rows.Count == 0) return null;
        var ids = rows.Select(r => r.Id).ToHashSet();
        var name = kind switch
        {
            FlowScopeKind.Service => rows[0].Name,
            FlowScopeKind.Team => await db.Teams.Where(t => t.Id == new TeamId(id!.Value))
                .Select(t => LocalName.Pick(t.Name, t.NameSv, t.NameEn)).SingleAsync(ct),
            _ => "",
        };
        var stages = await db.Stages.AsNoTracking().Where(s => ids.Contains(s.ServiceId))
            .Select(s => new { s.Name, s.Position, s.Kind }).ToListAsync(ct);
        var order = stages.GroupBy(s => s.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Position)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        return new FlowScope(kind, kind == FlowScopeKind.Network ? null : id, name,
            kind == FlowScopeKind.Network && user.SeesWholeNetwork ? null : ids, order,
            stages.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key,
                g => g.Any(s => s.Kind == BoardKind.Working) ? FlowKind.Working : FlowKind.Waiting, StringComparer.Ordinal));
    }
}
