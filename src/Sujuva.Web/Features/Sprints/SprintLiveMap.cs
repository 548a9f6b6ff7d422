using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Starts a sprint's map from the live value stream (METRICS.md §9, issue 17): the stages of the sprint's services in
/// the order a client meets them, each with the figure the flow dashboard shows for it over the same period. The
/// figures are the dashboard's own (<see cref="FlowDashboardView"/>), not computed again, so the two always agree.
/// </summary>
public static class SprintLiveMap
{
    public static async Task<Outcome<SprintLiveMapView>> ProposeAsync(Guid sprintId, string? from, string? to, SujuvaDb db, FlowCache cache,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } badPeriod) return badPeriod;
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");

        var ids = sprint.ServiceIds.Select(id => new ServiceId(id)).ToList();
        var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.NameSv, s.NameEn }).ToListAsync(ct);
        var stages = await db.Stages.AsNoTracking().Where(s => ids.Contains(s.ServiceId) && s.ArchivedAt == null).ToListAsync(ct);
        var flow = await cache.CurrentAsync(db, ct);
        var end = DayCount.StartOfDayUtc(period.To.AddDays(1));
        var asOf = now < end ? now : end;  // as the dashboard's figures are: now, or the period's end
        var steps = new List<SprintLiveMapStep>();
        foreach (var serviceId in sprint.ServiceIds)
        {
            if (services.SingleOrDefault(s => s.Id.Value == serviceId) is not { } service) continue;
            // Only what the reader's own dashboard shows: a service whose work they do not see keeps its stages, not its figures.
            var scope = await FlowScope.ResolveAsync(db, user, FlowScopeKind.Service, serviceId, ct);
            var figures = scope is null ? null : FlowDashboardView.Of(flow, scope, period.From, period.To, now);
            var byStage = figures?.ValueStream.Steps.ToDictionary(s => s.Stage, StringComparer.Ordinal);
            var name = LocalName.Pick(service.Name, service.NameSv, service.NameEn);
            steps.AddRange(stages.Where(s => s.ServiceId == service.Id).OrderBy(s => s.Position).Select(s =>
            {
                var step = byStage?.GetValueOrDefault(s.Name);
                return new SprintLiveMapStep(serviceId, name, s.Id.Value, LocalName.Of(s), s.Kind.ToString(), s.Position,
                    figures is not null, step?.Cases, step is { Cases: > 0 } ? step.LeadTimeDays : null);
            }));
        }
        return new SprintLiveMapView(sprint.Id.Value, period.From, period.To, asOf, steps);
    }
}
