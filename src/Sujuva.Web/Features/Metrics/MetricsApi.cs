using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Metrics;

public static class MetricsApi
{
    /// <summary>Without from, a period of this many days ending on to (default today).</summary>
    public const int DefaultDays = 30;

    /// <summary>Ten years of daily throughput is the longest period one response carries.</summary>
    public const int MaxDays = 3660;

    public static void MapMetricsApi(this IEndpointRouteBuilder api)
    {
        var metrics = api.MapGroup("/metrics").WithTags("Metrics");
        metrics.MapGet("/flow", FlowAsync);
        metrics.MapGet("/flow/dashboard", FlowDashboardApi.GetAsync);
    }

    /// <summary>
    /// Flow metrics of one service, or of every service the user sees: managers, developers and
    /// administrators the network, others their teams' services. from and to are local dates (yyyy-MM-dd).
    /// </summary>
    public static async Task<Results<Ok<FlowMetricsView>, ProblemHttpResult>> FlowAsync(
        string? serviceId, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } problem) return problem;

        var visible = db.ServicesVisibleTo(user);
        if (!user.SeesWholeNetwork)
        {
            var teams = user.Teams.ToList();
            visible = visible.Where(s => teams.Contains(s.TeamId));
        }

        ServiceId? one = null;
        if (serviceId is not null)
        {
            if (!Guid.TryParse(serviceId, out var id)) return Problems.NotFound("serviceId");
            var wanted = new ServiceId(id);
            if (!await visible.AnyAsync(s => s.Id == wanted, ct)) return Problems.NotFound("serviceId");
            one = wanted;
        }

        HashSet<ServiceId>? scope = one is { } s1 ? [s1]
            : user.SeesWholeNetwork ? null : [.. await visible.Select(s => s.Id).ToListAsync(ct)];
        var flow = await cache.CurrentAsync(db, ct);
        return TypedResults.Ok(FlowReport.Of(flow, scope, one, period.From, period.To, now));
    }
}
