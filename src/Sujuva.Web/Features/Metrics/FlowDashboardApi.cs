using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Analytics.Flow;
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
        if (!MetricsApi.TryDate(to, DayCount.LocalDate(now), out var last)) return MetricsApi.BadDate("to");
        if (!MetricsApi.TryDate(from, last.AddDays(1 - MetricsApi.DefaultDays), out var first)) return MetricsApi.BadDate("from");
        if (first > last) return Problems.BadField("from", "Metrics.PeriodReversed", "from is on or before to.");
        if (last.DayNumber - first.DayNumber >= MetricsApi.MaxDays)
            return Problems.BadField("from", "Metrics.PeriodTooLong", $"A period is at most {MetricsApi.MaxDays} days.");
        if (!Enum.TryParse<FlowScopeKind>(scope ?? nameof(FlowScopeKind.Network), true, out var kind) || !Enum.IsDefined(kind))
            return Problems.BadField("scope", "Metrics.BadScope", "scope is service, team or network.");

        var resolved = await FlowScope.ResolveAsync(db, user, kind, kind == FlowScopeKind.Network ? null : id, ct);
        if (resolved is null) return Problems.NotFound("id");
        var flow = await cache.CurrentAsync(db, ct);
        return TypedResults.Ok(FlowDashboardView.Of(flow, resolved, first, last, now));
    }
}
