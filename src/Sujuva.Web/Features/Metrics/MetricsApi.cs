using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <summary>Flow metrics of one service or of every service the user sees (FlowMetrics.ReadAsync).</summary>
    public static async Task<Results<Ok<FlowMetricsView>, ProblemHttpResult>> FlowAsync(
        string? serviceId, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await FlowMetrics.ReadAsync(serviceId, from, to, db, cache, user, clock, ct));
}
