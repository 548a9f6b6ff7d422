using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;
using BoardKind = Sujuva.Web.Features.Boards.StageKind;
using FlowKind = Sujuva.Analytics.Flow.StageKind;

namespace Sujuva.Web.Features.Metrics;

public enum FlowScopeKind { Service, Team, Network }

/// <summary>What a scope covers, for its label: how many services of how many organisations (a service's own organisation).</summary>
public sealed record FlowScopeCoverage(FlowScopeKind Kind, string Name, int Services, int Organisations, string? Organisation);

/// <summary>
/// What a dashboard covers: one service, one team's services, or the network. Services is null for the
/// whole network; StageOrder is the board order of the stages (merged by name across services).
/// </summary>
public sealed record FlowScope(FlowScopeKind Kind, Guid? Id, string Name, IReadOnlySet<ServiceId>? Services,
    IReadOnlyList<string> StageOrder, IReadOnlyDictionary<string, FlowKind> StageKinds)
{
    /// <summary>
    /// The services whose cases the user may see one by one (case ids, client pseudonyms, an event-log export):
    /// null for every service. The network's figures are pseudonymous aggregates and cover every service for
    /// everyone; its single cases stay need-to-know: a worker's or team lead's are the services of their teams.
    /// </summary>
    public IReadOnlySet<ServiceId>? CaseDetail { get; init; }

    public required FlowScopeCoverage Covers { get; init; }

    /// <summary>
    /// The network scope covers every service for every staff role. A service or team is one whose work the user
    /// sees (SujuvaDb.ServicesWorkVisibleTo). Null when the id is unknown or not visible: a 404, never a 403.
    /// </summary>
    public static async Task<FlowScope?> ResolveAsync(SujuvaDb db, CurrentUser user, FlowScopeKind kind, Guid? id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var visible = db.ServicesWorkVisibleTo(user);
        var services = kind switch
        {
            FlowScopeKind.Service when id is { } s => visible.Where(v => v.Id == new ServiceId(s)),
            FlowScopeKind.Team when id is { } t => visible.Where(v => v.TeamId == new TeamId(t)),
            FlowScopeKind.Network => db.Services.Where(v => v.ArchivedAt == null),
            _ => null,
        };
        if (services is null) return null;
        var rows = await services.Join(db.Organisations, s => s.OrganisationId, o => o.Id,
            (s, o) => new
            {
                s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn), s.OrganisationId,
                Organisation = LocalName.Pick(o.Name, o.NameSv, o.NameEn),
            }).ToListAsync(ct);
        if (kind != FlowScopeKind.Network && rows.Count == 0) return null;
        var ids = rows.Select(r => r.Id).ToHashSet();
        var name = kind switch
        {
            FlowScopeKind.Service => rows[0].Name,
            FlowScopeKind.Team => await db.Teams.Where(t => t.Id == new TeamId(id!.Value))
                .Select(t => LocalName.Pick(t.Name, t.NameSv, t.NameEn)).SingleAsync(ct),
            _ => "",
        };
        var network = kind == FlowScopeKind.Network;
        var stages = await (network ? db.Stages : db.Stages.Where(s => ids.Contains(s.ServiceId))).AsNoTracking()
            .Select(s => new { s.Name, s.Position, s.Kind }).ToListAsync(ct);
        var order = stages.GroupBy(s => s.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Position)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        var caseDetail = !network ? ids
            : user.SeesWholeNetwork ? null : (await db.ServicesOf(user).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return new FlowScope(kind, network ? null : id, name, network ? null : ids, order,
            stages.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key,
                g => g.Any(s => s.Kind == BoardKind.Working) ? FlowKind.Working : FlowKind.Waiting, StringComparer.Ordinal))
        {
            CaseDetail = caseDetail,
            Covers = new FlowScopeCoverage(kind, name, rows.Count, rows.Select(r => r.OrganisationId).Distinct().Count(),
                kind == FlowScopeKind.Service ? rows[0].Organisation : null),
        };
    }
}
