using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Pulse;

/// <summary>The pulse endpoints: each answers its operation's outcome (AnswerPulse, PulseResults).</summary>
public static class PulseApi
{
    public static void MapPulseApi(this IEndpointRouteBuilder api)
    {
        var pulse = api.MapGroup("/pulse").WithTags("Pulse");
        pulse.MapPost("/", AnswerAsync);
        pulse.MapGet("/results", ResultsAsync).RequireAuthorization(Auth.AuthPolicies.SeesTeamFigures);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> AnswerAsync(
        AnswerPulseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<PulseOptions> options,
        CancellationToken ct) =>
        Problems.NoContentOr(await AnswerPulse.ApplyAsync(request, db, user, clock, options.Value, ct));

    public static async Task<Results<Ok<PulseResultsView>, ProblemHttpResult>> ResultsAsync(
        string? month, Guid? teamId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await PulseResults.ReadAsync(month, teamId, db, user, clock, ct));
}
