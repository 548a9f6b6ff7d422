using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
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
        if (!TryDate(to, DayCount.LocalDate(now), out var last)) return BadDate("to");
        if (!TryDate(from, last.AddDays(1 - DefaultDays), out var first)) return BadDate("from");
        if (first > last) return Problems.BadField("from", "Metrics.PeriodReversed", "from is on or before to.");
        if (last.DayNumber - first.DayNumber >= MaxDays)
            return Problems.BadField("from", "Metrics.PeriodTooLong", $"A period is at most {MaxDays} days.");

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
        return TypedResults.Ok(FlowReport.Of(flow, scope, one, first, last, now));
    }

    internal static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    internal static ProblemHttpResult BadDate(string field) =>
        Problems.BadField(field, "Metrics.BadDate", $"{field} is a date written yyyy-MM-dd.");
}
