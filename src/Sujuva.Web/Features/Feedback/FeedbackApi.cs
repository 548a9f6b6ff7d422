using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

public static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/feedback", CaseFeedback.GetAsync).WithTags("Feedback");
        api.MapPost("/cases/{caseId:guid}/feedback-links/{linkId:guid}/show", ShowFeedbackLink.HandleAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId:guid}/feedback", ServiceFeedback.GetAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId:guid}/feedback/export", ExportFeedback.HandleAsync).WithTags("Feedback")
            .WithExportBudget();
        api.MapPublicFeedbackApi();
    }
}
