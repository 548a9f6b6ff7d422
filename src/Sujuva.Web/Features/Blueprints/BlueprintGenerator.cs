using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// Generates the operating-model description from the live network. Every figure is the one its own page shows for the
/// same period, computed by the same code: the flow dashboard (FlowDashboardView: medians and the value stream's steps),
/// the network value stream (referral edges), the programme figures (no-show rate, session CSAT) and the service's
/// feedback (CSAT per feedback point). Nothing is recomputed here.
/// </summary>
public static class BlueprintGenerator
{
    /// <param name="chain">The services in the order a client goes through them (one, or a chain following referrals).</param>
    /// <param name="programmesThen">
    /// The programmes' content as it stood at an earlier moment (a template keeps only its current version); null for now.
    /// </param>
    /// <returns>Null when a service is unknown or its work is not visible to the user (a 404, never a 403).</returns>
    public static async Task<BlueprintModel?> GenerateAsync(SujuvaDb db, FlowCache cache, CurrentUser user, IReadOnlyList<ServiceId> chain,
        MetricsPeriod period, DateTime now, CancellationToken ct, IReadOnlyList<BlueprintProgramme>? programmesThen = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(chain);
        var flow = await cache.CurrentAsync(db, ct);
        var services = new List<BlueprintService>();
        var asOf = now;
        foreach (var id in chain)
        {
            var scope = await FlowScope.ResolveAsync(db, user, FlowScopeKind.Service, id.Value, ct);
            if (scope is null) return null;
            var dashboard = FlowDashboardView.Of(flow, scope, period.From, period.To, now);
            asOf = dashboard.Current.AsOf;
            services.Add(await ServiceAsync(db, user, flow, id, dashboard, period, programmesThen, ct));
        }

        return new BlueprintModel(period.From, period.To, asOf, services);
    }

    private static async Task<BlueprintService> ServiceAsync(SujuvaDb db, CurrentUser user, LiveFlow flow, ServiceId id,
        FlowDashboardView dashboard, MetricsPeriod period, IReadOnlyList<BlueprintProgramme>? programmesThen, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().Include(s => s.Stages).SingleAsync(s => s.Id == id, ct);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == service.OrganisationId, ct);
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == service.TeamId, ct);
        var current = dashboard.Current;
        var steps = dashboard.ValueStream.Steps.ToDictionary(s => s.Stage, StringComparer.Ordinal);
        var stages = service.Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position).Select(s =>
            steps.TryGetValue(s.Name, out var step)
                ? new BlueprintStage(LocalText.Of(s), s.Kind, s.WipLimit, step.Cases, step.LeadTimeDays, step.ProcessTimeDays)
                : new BlueprintStage(LocalText.Of(s), s.Kind, s.WipLimit, 0, 0, 0)).ToList();
        return new BlueprintService(id.Value, LocalText.Of(service), LocalText.Of(organisation), LocalText.Of(team),
            new BlueprintFlow(current.Closed, current.Open, current.LeadTime?.P50, current.QueueTime?.P50, current.CycleTime?.P50),
            stages, await ProgrammesAsync(db, user, id, period, programmesThen, ct),
            await ReferralsAsync(db, flow, id, period, current.AsOf, ct), await FeedbackAsync(db, user, id, period, ct));
    }

    private static async Task<List<BlueprintProgramme>> ProgrammesAsync(SujuvaDb db, CurrentUser user, ServiceId id, MetricsPeriod period,
        IReadOnlyList<BlueprintProgramme>? programmesThen, CancellationToken ct)
    {
        var templates = await db.ProgrammeTemplates.AsNoTracking().Where(t => t.ServiceId == id).ToListAsync(ct);
        var ids = templates.Select(t => t.Id.Value).ToHashSet();
        var content = programmesThen?.Where(p => ids.Contains(p.TemplateId)) ?? templates.Select(BlueprintProgramme.Content);
        var figures = await ProgrammeFigures.LoadAsync(db, user, id, null, period, ct);
        var rows = figures?.Programmes.ToDictionary(p => p.TemplateId) ?? [];
        return [.. content.OrderBy(p => p.Rhythm).ThenBy(p => p.Name.Fi, StringComparer.Ordinal).Select(p =>
            rows.TryGetValue(p.TemplateId, out var row)
                ? p with
                {
                    Due = row.Attendance.Due, NoShowRate = row.Attendance.NoShowRate, CsatAnswers = row.Attendance.CsatAnswers,
                    SessionCsat = row.Attendance.SessionCsat,
                }
                : p)];
    }

    private static async Task<List<BlueprintReferral>> ReferralsAsync(SujuvaDb db, LiveFlow flow, ServiceId id, MetricsPeriod period,
        DateTime asOf, CancellationToken ct)
    {
        var edges = NetworkValueStream.Edges(flow, new HashSet<ServiceId> { id }, period.From, period.To, asOf)
            .Where(e => e.FromServiceId == id.Value).ToList();
        var targets = edges.Select(e => new ServiceId(e.ToServiceId)).ToList();
        var names = await db.Services.AsNoTracking().Where(s => targets.Contains(s.Id))
            .Join(db.Organisations.AsNoTracking(), s => s.OrganisationId, o => o.Id, (s, o) => new { Service = s, Organisation = o })
            .ToListAsync(ct);
        var byId = names.ToDictionary(n => n.Service.Id.Value);
        return [.. edges.Where(e => byId.ContainsKey(e.ToServiceId)).OrderByDescending(e => e.Sent).ThenBy(e => byId[e.ToServiceId].Service.Name, StringComparer.Ordinal)
            .Select(e => new BlueprintReferral(e.ToServiceId, LocalText.Of(byId[e.ToServiceId].Service), LocalText.Of(byId[e.ToServiceId].Organisation),
                e.Sent, e.Started, e.MedianDays, e.DeclineShare))];
    }

    /// <summary>The feedback points where links were issued or answers came in the period, each with the service feedback's figures.</summary>
    private static async Task<List<BlueprintFeedbackPoint>> FeedbackAsync(SujuvaDb db, CurrentUser user, ServiceId id, MetricsPeriod period,
        CancellationToken ct)
    {
        var (start, end) = (DayCount.StartOfDayUtc(period.From), DayCount.StartOfDayUtc(period.To.AddDays(1)));
        var asked = await db.Set<FeedbackLink>().AsNoTracking().Where(l => l.ServiceId == id && l.IssuedAt >= start && l.IssuedAt < end)
            .GroupBy(l => l.EventKind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        var points = new List<BlueprintFeedbackPoint>();
        foreach (var kind in Enum.GetValues<FeedbackEventKind>())
        {
            var view = await ServiceFeedback.LoadAsync(db, user, id, new FeedbackFilter(period.From, period.To, kind), ct);
            var issued = asked.SingleOrDefault(a => a.Kind == kind)?.Count ?? 0;
            var answers = view?.Figures.Answers ?? 0;
            if (issued > 0 || answers > 0) points.Add(new BlueprintFeedbackPoint(kind, issued, answers, view?.Figures.CsatPercent));
        }

        return points;
    }
}
