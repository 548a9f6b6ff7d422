using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Metrics;

/// <summary>The flow dashboard's figures as data, the same the dashboard page draws (FlowDashboardView).</summary>
public static class FlowDashboardApi
{
    /// <summary>
    /// scope is service, team or network (default); id names the service or team. Users see the scopes the
    /// dashboard page shows them: an unknown or invisible id is a 404. from and to are local dates (yyyy-MM-dd).
    /// </summary>
    public static async Task<Results<Ok<FlowDashboardView>, ProblemHttpResult>> GetAsync(
        string? scope, Guid? id, string? from, string? to, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } refusal) return Problems.From(refusal);
        if (!Enum.TryParse<FlowScopeKind>(scope ?? nameof(FlowScopeKind.Network), true, out var kind) || !Enum.IsDefined(kind))
            return Problems.BadField("scope", "Metrics.BadScope", "scope is service, team or network.");

        var resolved = await FlowScope.ResolveAsync(db, user, kind, kind == FlowScopeKind.Network ? null : id, ct);
        if (resolved is null) return Problems.NotFound("id");
        var flow = await cache.CurrentAsync(db, ct);
        return TypedResults.Ok(FlowDashboardView.Of(flow, resolved, period.From, period.To, now));
    }
}
