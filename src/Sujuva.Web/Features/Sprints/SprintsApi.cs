using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Design sprints under /api/sprints: every signed-in member of the network reads them; Lean coaches, managers and
/// team leads plan them (SprintAccess); the facilitator runs them. Each endpoint runs its operation and answers its Outcome.
/// </summary>
public static class SprintsApi
{
    public static void MapSprintsApi(this IEndpointRouteBuilder api)
    {
        var sprints = api.MapGroup("/sprints").WithTags("Sprints");
        sprints.MapGet("/", ListAsync);
        sprints.MapPost("/", CreateAsync);
        sprints.MapGet("/agenda", Agenda);
        sprints.MapGet("/{sprintId}", GetAsync);
        sprints.MapPut("/{sprintId}", EditAsync);
        sprints.MapSprintDecisionsApi();
        sprints.MapSprintRunApi();
        sprints.MapSprintArtefactsApi();
    }

    public static async Task<Ok<List<SprintSummary>>> ListAsync(SprintStatus? status, SujuvaDb db, CancellationToken ct) =>
        TypedResults.Ok(await ReadSprints.ListAsync(status, db, ct));

    public static async Task<Results<Created<SprintView>, ProblemHttpResult>> CreateAsync(
        CreateSprintRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await PlanSprint.CreateAsync(request, db, user, clock, ct), s => $"/api/sprints/{s.Id}");

    /// <summary>The Design Sprint 2.0 agenda every sprint follows: exercises per day and half-day, with minutes.</summary>
    public static Ok<IReadOnlyList<AgendaStep>> Agenda() => TypedResults.Ok(DesignSprintAgenda.Steps);

    public static async Task<Results<Ok<SprintView>, ProblemHttpResult>> GetAsync(
        Guid sprintId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await ReadSprints.GetAsync(sprintId, db, user, ct));

    public static async Task<Results<Ok<SprintView>, ProblemHttpResult>> EditAsync(
        Guid sprintId, EditSprintRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await PlanSprint.EditAsync(sprintId, request, db, user, clock, ct));
}
