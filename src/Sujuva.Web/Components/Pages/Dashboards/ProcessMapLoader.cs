using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>The process map for the page: the scope as the signed-in user sees it, the services to pick from, the map.</summary>
public sealed record ProcessMapPageModel(FlowScope Scope, IReadOnlyList<ScopeChoice> Services, ProcessMapView View);

/// <summary>
/// Builds the log the event-log export would give (the cases open at any time in the period, with their
/// events up to its end, pseudonymous) from the flow cache's memory, not the database. Logged work is
/// left out: it is effort inside a step, not a step, and as an activity it would tie every stage to every other.
/// </summary>
public sealed class ProcessMapLoader(PageData data, FlowCache cache, Pseudonyms pseudonyms, IStringLocalizer localizer,
    Features.Cases.BlockReasonNames reasons)
{
    public Task<ProcessMapPageModel?> LoadAsync(Guid? serviceId, DateOnly from, DateOnly to, int? variant, CancellationToken ct) =>
        data.RunAsync<ProcessMapPageModel?>(async (db, user) =>
        {
            var scope = await FlowScope.ResolveAsync(db, user, serviceId is null ? FlowScopeKind.Network : FlowScopeKind.Service, serviceId, ct);
            if (scope is null) return null;
            var choices = (await db.ServicesWorkVisibleTo(user)
                .Select(s => new ScopeChoice(FlowScopeKind.Service, s.Id.Value, LocalName.Pick(s.Name, s.NameSv, s.NameEn)))
                .ToListAsync(ct)).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
            // Activities that enter a stage are named as the reader's board names the stage.
            var local = await db.Stages.AsNoTracking()
                .Select(s => new { s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn) }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

            var (start, end) = (DayCount.StartOfDayUtc(from), DayCount.StartOfDayUtc(to.AddDays(1)));
            var (steps, stages) = await cache.ReadAsync(db, (flow, activities, stages) =>
                (ProcessMapLog.Collect(activities, FlowReport.CaseIdsIn(flow, scope.Services, start, end), end), stages), ct);
            var named = stages.ToDictionary(s => s.Key, s => s.Value with { Name = local.GetValueOrDefault(s.Key, s.Value.Name) });
            var log = steps.Build(named, pseudonyms, text => ActivityLabel.Of(text, localizer, reasons));
            return new ProcessMapPageModel(scope, choices, ProcessMapView.Of(log, variant));
        });
}
