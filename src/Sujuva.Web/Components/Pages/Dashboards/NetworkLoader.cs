using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>A service on the network map with its organisation (Group orders and colours the nodes).</summary>
public sealed record NetworkService(Guid Id, string Name, string Organisation, int Group, Guid OrganisationId);

public sealed record NetworkPageModel(IReadOnlyList<NetworkService> Services, IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyList<NetworkEdgeCase>? EdgeCases, DateTime AsOf, FlowScopeCoverage Covers)
{
    /// <summary>Change dates of improvements on the network's handoffs in the period, listed with links beside the edges.</summary>
    public IReadOnlyList<Sujuva.Web.Features.Improvements.ChangeMarker> Markers { get; init; } = [];
}

/// <summary>
/// The network value stream: every edge for every staff role (pseudonymous aggregates); an edge's referrals one by
/// one only where the user may see single cases (FlowScope.CaseDetail).
/// </summary>
public sealed class NetworkLoader(PageData data, FlowCache cache, TimeProvider clock)
{
    public Task<NetworkPageModel> LoadAsync(DateOnly from, DateOnly to, (Guid From, Guid To)? edge, CancellationToken ct) =>
        data.RunAsync(async (db, user) =>
        {
            var scope = (await FlowScope.ResolveAsync(db, user, FlowScopeKind.Network, null, ct))!;
            var flow = await cache.CurrentAsync(db, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var end = Sujuva.Analytics.Flow.DayCount.StartOfDayUtc(to.AddDays(1));
            var asOf = now < end ? now : end;
            var edges = NetworkValueStream.Edges(flow, scope.Services, from, to, asOf);
            var used = edges.SelectMany(e => new[] { e.FromServiceId, e.ToServiceId }).ToHashSet();
            var rows = await db.Services.AsNoTracking()
                .Join(db.Organisations, s => s.OrganisationId, o => o.Id, (s, o) => new
                {
                    s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn), Organisation = LocalName.Pick(o.Name, o.NameSv, o.NameEn), s.OrganisationId,
                })
                .ToListAsync(ct);
            var organisations = rows.Select(r => r.Organisation).Distinct().Order(StringComparer.Ordinal).ToList();
            var services = rows.Where(r => used.Contains(r.Id.Value))
                .OrderBy(r => r.Organisation, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new NetworkService(r.Id.Value, r.Name, r.Organisation, organisations.IndexOf(r.Organisation), r.OrganisationId.Value)).ToArray();
            var cases = edge is { } e && edges.Any(x => x.FromServiceId == e.From && x.ToServiceId == e.To)
                && (scope.CaseDetail is not { } mine || mine.Contains(new ServiceId(e.From)) || mine.Contains(new ServiceId(e.To)))
                ? NetworkValueStream.Cases(flow, scope.CaseDetail, new ServiceId(e.From), new ServiceId(e.To), from, to, asOf)
                : null;
            return new NetworkPageModel(services, edges, cases, asOf, scope.Covers)
            {
                Markers = await Sujuva.Web.Features.Improvements.ImprovementMarkers.ForValueStreamAsync(db, from, to, ct),
            };
        });
}
