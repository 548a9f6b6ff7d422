using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Metrics;

/// <summary>What GET /api/metrics/flow and the feedback page's flow summary show.</summary>
public static class FlowMetrics
{
    /// <summary>
    /// Flow metrics of one service, or of every service the user sees: managers, developers and
    /// administrators the network, others their teams' services. from and to are local dates (yyyy-MM-dd).
    /// </summary>
    public static async Task<Outcome<FlowMetricsView>> ReadAsync(
        string? serviceId, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } refusal) return refusal;

        var visible = db.ServicesVisibleTo(user);
        if (!user.SeesWholeNetwork)
        {
            var teams = user.Teams.ToList();
            visible = visible.Where(s => teams.Contains(s.TeamId));
        }

        ServiceId? one = null;
        if (serviceId is not null)
        {
            if (!Guid.TryParse(serviceId, out var id)) return Refusal.NotFound("serviceId");
            var wanted = new ServiceId(id);
            if (!await visible.AnyAsync(s => s.Id == wanted, ct)) return Refusal.NotFound("serviceId");
            one = wanted;
        }

        HashSet<ServiceId>? scope = one is { } s1 ? [s1]
            : user.SeesWholeNetwork ? null : [.. await visible.Select(s => s.Id).ToListAsync(ct)];
        var flow = await cache.CurrentAsync(db, ct);
        return FlowReport.Of(flow, scope, one, period.From, period.To, now);
    }
}
