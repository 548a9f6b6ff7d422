namespace Sujuva.Web.Features.Pulse;

public static class PulseApi
{
    public static void MapPulseApi(this IEndpointRouteBuilder api)
    {
        var pulse = api.MapGroup("/pulse").WithTags("Pulse");
        pulse.MapPost("/", AnswerPulse.HandleAsync);
        pulse.MapGet("/results", PulseResults.GetAsync).RequireAuthorization(Auth.AuthPolicies.SeesTeamFigures);
    }
}
