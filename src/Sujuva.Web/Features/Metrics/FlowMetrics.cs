using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Metrics;

/// <summary>What GET /api/metrics/flow and the feedback page's flow summary show.</summary>
public static class FlowMetrics
{
    /// <summary>
    /// Flow metrics of one service whose work the user sees, or of the whole network (aggregates, the same for
    /// every role). from and to are local dates (yyyy-MM-dd).
    /// </summary>
    public static async Task<Outcome<FlowMetricsView>> ReadAsync(
        string? serviceId, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } refusal) return refusal;

        var visible = db.ServicesWorkVisibleTo(user);

        ServiceId? one = null;
        if (serviceId is not null)
        {
            if (!Guid.TryParse(serviceId, out var id)) return Refusal.NotFound("serviceId");
            var wanted = new ServiceId(id);
            if (!await visible.AnyAsync(s => s.Id == wanted, ct)) return Refusal.NotFound("serviceId");
            one = wanted;
        }

        // Without a service: the whole network's pseudonymous aggregates, the same for every staff role.
        HashSet<ServiceId>? scope = one is { } s1 ? [s1] : null;
        var flow = await cache.CurrentAsync(db, ct);
        return FlowReport.Of(flow, scope, one, period.From, period.To, now);
    }
}
