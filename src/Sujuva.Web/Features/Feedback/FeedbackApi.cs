using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

public static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/{caseId}/feedback", CaseFeedback.GetAsync).WithTags("Feedback");
        api.MapPost("/cases/{caseId}/feedback-links/{linkId}/show", ShowFeedbackLink.HandleAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId}/feedback", ServiceFeedback.GetAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId}/feedback/export", ExportFeedback.HandleAsync).WithTags("Feedback")
            .WithExportBudget().RequireAuthorization(Auth.AuthPolicies.SeesTeamFigures);
        api.MapPublicFeedbackApi();
    }
}
