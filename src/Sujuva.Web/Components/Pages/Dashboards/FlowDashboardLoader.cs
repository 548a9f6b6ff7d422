using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>A service or team the user may pick on a dashboard.</summary>
public sealed record ScopeChoice(FlowScopeKind Kind, Guid Id, string Name);

/// <summary>The dashboard for the page: the scope resolved as the signed-in user, the choices, the figures.</summary>
public sealed record FlowDashboardPageModel(FlowScope Scope, IReadOnlyList<ScopeChoice> Choices, FlowDashboardView View)
{
    public StageLabels Labels { get; init; } = StageLabels.None;

    /// <summary>Change dates of improvements on this scope in the period, marked on the charts with a link each.</summary>
    public IReadOnlyList<Sujuva.Web.Features.Improvements.ChangeMarker> Markers { get; init; } = [];
}

public sealed class FlowDashboardLoader(PageData data, FlowCache cache, TimeProvider clock)
{
    /// <summary>Null when the scope's id is unknown or not visible to the user.</summary>
    public Task<FlowDashboardPageModel?> LoadAsync(FlowScopeKind kind, Guid? id, DateOnly from, DateOnly to, CancellationToken ct) =>
        data.RunAsync<FlowDashboardPageModel?>(async (db, user) =>
        {
            var scope = await FlowScope.ResolveAsync(db, user, kind, id, ct);
            if (scope is null) return null;
            var services = db.ServicesWorkVisibleTo(user);
            var serviceChoices = (await services
                .Select(s => new ScopeChoice(FlowScopeKind.Service, s.Id.Value, LocalName.Pick(s.Name, s.NameSv, s.NameEn)))
                .ToListAsync(ct)).OrderBy(c => c.Name, StringComparer.CurrentCulture);
            var teamIds = await services.Select(s => s.TeamId).Distinct().ToListAsync(ct);
            var teamChoices = (await db.Teams.Where(t => teamIds.Contains(t.Id))
                .Select(t => new ScopeChoice(FlowScopeKind.Team, t.Id.Value, LocalName.Pick(t.Name, t.NameSv, t.NameEn)))
                .ToListAsync(ct)).OrderBy(c => c.Name, StringComparer.CurrentCulture);
            var flow = await cache.CurrentAsync(db, ct);
            return new FlowDashboardPageModel(scope, [.. serviceChoices, .. teamChoices],
                FlowDashboardView.Of(flow, scope, from, to, clock.GetUtcNow().UtcDateTime))
            {
                Labels = await StageLabels.LoadAsync(db, ct),
                Markers = await Sujuva.Web.Features.Improvements.ImprovementMarkers.ForAsync(db, scope.Services, from, to, ct),
            };
        });

    public DateOnly Today => DayCount.LocalDate(clock.GetUtcNow().UtcDateTime);
}
