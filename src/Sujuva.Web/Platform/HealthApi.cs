using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;

namespace Sujuva.Web.Platform;

public sealed record HealthView(string Status, string Database);

public static class HealthApi
{
    /// <summary>GET /health: 200 when the database answers, else 503.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithTags("Health");

    public static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> CheckAsync(SujuvaDb db, CancellationToken ct)
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
        return up
            ? TypedResults.Ok(new HealthView("Healthy", provider))
            : TypedResults.Json(new HealthView("Unhealthy", provider), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
