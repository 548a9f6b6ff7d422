using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform;

/// <summary>CaseEvents: the start-up check of cases against the event log (null until it has run).</summary>
public sealed record HealthView(string Status, string Database, CaseEventsView? CaseEvents = null);

/// <summary>Disagreeing: cases whose version or stage the event log does not account for (Data/CaseEventAgreement).</summary>
public sealed record CaseEventsView(int Cases, int Disagreeing);

public static class HealthApi
{
    /// <summary>GET /health: 200 when the database answers, else 503.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithTags("Health");

    public static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> CheckAsync(SujuvaDb db,
        CaseEventAgreementResult agreement, CancellationToken ct)
    {
        var provider = db.Database.ProviderName ?? "";
        bool up;
        try
        {
            up = await db.Database.CanConnectAsync(ct);
        }
        catch (InvalidOperationException)
        {
            up = false;
        }
        var caseEvents = agreement.Found is { } found ? new CaseEventsView(found.Cases, found.Disagreeing) : null;
        return up
            ? TypedResults.Ok(new HealthView("Healthy", provider, caseEvents))
            : TypedResults.Json(new HealthView("Unhealthy", provider), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
