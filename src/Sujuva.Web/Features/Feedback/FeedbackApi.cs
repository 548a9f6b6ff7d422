using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>The feedback endpoints: each answers an operation's outcome (CaseFeedback, ShowFeedbackLink, ServiceFeedback, ExportFeedback).</summary>
public static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/{caseId}/feedback", CaseFeedbackAsync).WithTags("Feedback");
        api.MapPost("/cases/{caseId}/feedback-links/{linkId}/show", ShowLinkAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId}/feedback", ServiceFeedbackAsync).WithTags("Feedback");
        api.MapGet("/services/{serviceId}/feedback/export", ExportAsync).WithTags("Feedback")
            .WithExportBudget().RequireAuthorization(Auth.AuthPolicies.SeesTeamFigures);
    }

    public static async Task<Results<Ok<CaseFeedbackView>, ProblemHttpResult>> CaseFeedbackAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken ct) =>
        Problems.OkOr(await CaseFeedback.ReadAsync(caseId, db, user, clock, options.Value, ct));

    public static async Task<Results<Ok<ShownFeedbackLink>, ProblemHttpResult>> ShowLinkAsync(
        Guid caseId, Guid linkId, HttpRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        IOptions<FeedbackOptions> options, CancellationToken ct) =>
        Problems.OkOr(await ShowFeedbackLink.ApplyAsync(db, user, new CaseId(caseId), new FeedbackLinkId(linkId),
            $"{BaseUrl.Of(request)}/", clock.GetUtcNow().UtcDateTime, options.Value.LinkLifetime, ct));

    public static async Task<Results<Ok<ServiceFeedbackView>, ProblemHttpResult>> ServiceFeedbackAsync(
        Guid serviceId, string? from, string? to, FeedbackEventKind? eventKind, int? rating, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ServiceFeedback.ReadAsync(serviceId, from, to, eventKind, rating, db, user, clock, ct));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        Guid serviceId, string? from, string? to, SujuvaDb db, CurrentUser user, TimeProvider clock,
        AuditTrail audit, CancellationToken ct)
    {
        var (csv, refusal) = await ExportFeedback.ApplyAsync(serviceId, from, to, db, user, clock, audit, ct);
        return refusal is not null ? Problems.From(refusal) : TypedResults.File(csv!.Content, FeedbackCsv.ContentType, csv.FileName);
    }
}
