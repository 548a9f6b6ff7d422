using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A sprint's decisions and its close under /api/sprints/{id}: everyone signed in reads the decisions and their fate;
/// the Decider and the facilitator decide, edit and close (SprintAccess.CanRun).
/// </summary>
public static class SprintDecisionsApi
{
    public static void MapSprintDecisionsApi(this RouteGroupBuilder sprints)
    {
        ArgumentNullException.ThrowIfNull(sprints);
        sprints.MapGet("/{sprintId}/decisions", ListAsync);
        sprints.MapPost("/{sprintId}/decisions", DecideAsync);
        sprints.MapPut("/{sprintId}/decisions/{decisionId}", EditAsync);
        sprints.MapPost("/{sprintId}/close", CloseAsync);
    }

    /// <summary>The decisions with what became of each now, and at 6 and 12 weeks after the close once those have come.</summary>
    public static async Task<Results<Ok<SprintDecisionsView>, ProblemHttpResult>> ListAsync(
        Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ReadDecisions.ListAsync(sprintId, db, user, clock, ct));

    public static async Task<Results<Created<SprintDecisionView>, ProblemHttpResult>> DecideAsync(
        Guid sprintId, DecideRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await SprintDecisions.DecideAsync(sprintId, request, db, user, clock, ct), _ => $"/api/sprints/{sprintId}/decisions");

    public static async Task<Results<Ok<SprintDecisionView>, ProblemHttpResult>> EditAsync(
        Guid sprintId, Guid decisionId, EditDecisionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await SprintDecisions.EditAsync(sprintId, decisionId, request, db, user, clock, ct));

    /// <summary>Closes the sprint; without a decision 422 naming "decisions".</summary>
    public static async Task<Results<Ok<SprintView>, ProblemHttpResult>> CloseAsync(
        Guid sprintId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await SprintDecisions.CloseAsync(sprintId, request, db, user, clock, ct));
}
