using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.StandUp;

public static class StandUpApi
{
    public const int DefaultNoMovementDays = 5;

    public static void MapStandUpApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/teams/{teamId}/standup", GetAsync).WithTags("StandUp");

    /// <summary>
    /// The team's stand-up; members of the team and those who see the whole network. days: 1–365, default 5. With the client
    /// feedback since the start of the last working day and the latest rating; hasBoard is false for a team without a service.
    /// </summary>
    public static async Task<Results<Ok<StandUpView>, ProblemHttpResult>> GetAsync(
        Guid teamId, int? days, SujuvaDb db, Metrics.FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var n = days ?? DefaultNoMovementDays;
        if (n is < 1 or > 365) return Problems.BadField("days", "StandUp.DaysOutOfRange", "days is from 1 to 365.");
        var view = await StandUpQuery.LoadAsync(db, cache, user, new TeamId(teamId), n, clock.GetUtcNow().UtcDateTime, ct);
        return view is null ? Problems.NotFound("teamId") : TypedResults.Ok(view);
    }
}
