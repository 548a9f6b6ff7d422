using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// Operating-model descriptions under /api/blueprints: the live one of some services, the published versions, one
/// frozen version, two compared, and publishing (BlueprintAccess). Each endpoint answers its operation's Outcome.
/// </summary>
public static class BlueprintsApi
{
    public static void MapBlueprintsApi(this IEndpointRouteBuilder api)
    {
        var blueprints = api.MapGroup("/blueprints").WithTags("Blueprints");
        blueprints.MapGet("/", ListAsync);
        blueprints.MapPost("/", PublishAsync);
        blueprints.MapGet("/live", LiveAsync);
        blueprints.MapGet("/compare", CompareAsync);
        blueprints.MapGet("/{versionId}", GetAsync);
    }

    /// <summary>services: service ids in the chain's order, comma-separated; from and to: local days (yyyy-MM-dd), the dashboard's quarter by default.</summary>
    public static async Task<Results<Ok<BlueprintModel>, ProblemHttpResult>> LiveAsync(string? services, string? from, string? to,
        SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ReadBlueprints.LiveAsync(services, from, to, db, cache, user, clock, ct));

    public static async Task<Ok<List<BlueprintVersionSummary>>> ListAsync(Guid? serviceId, SujuvaDb db, CancellationToken ct) =>
        TypedResults.Ok(await ReadBlueprints.ListAsync(serviceId, db, ct));

    public static async Task<Results<Created<BlueprintVersionView>, ProblemHttpResult>> PublishAsync(PublishBlueprintRequest request,
        SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await PublishBlueprint.ApplyAsync(request, db, cache, user, clock, ct), v => $"/api/blueprints/{v.Version.Id}");

    public static async Task<Results<Ok<BlueprintVersionView>, ProblemHttpResult>> GetAsync(Guid versionId, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadBlueprints.GetAsync(versionId, db, ct));

    public static async Task<Results<Ok<BlueprintComparison>, ProblemHttpResult>> CompareAsync(Guid? a, Guid? b, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadBlueprints.CompareAsync(a, b, db, ct));
}
