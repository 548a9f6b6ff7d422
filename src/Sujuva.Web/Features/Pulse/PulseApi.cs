using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Pulse;

public static class PulseApi
{
    public static void MapPulseApi(this IEndpointRouteBuilder api)
    {
        var pulse = api.MapGroup("/pulse").WithTags("Pulse");
        pulse.MapPost("/", AnswerPulse.HandleAsync);
        pulse.MapGet("/results", ResultsAsync).RequireAuthorization(Auth.AuthPolicies.SeesTeamFigures);
    }

    public static async Task<Results<Ok<PulseResultsView>, ProblemHttpResult>> ResultsAsync(
        string? month, Guid? teamId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await PulseResults.ReadAsync(month, teamId, db, user, clock, ct));
}
