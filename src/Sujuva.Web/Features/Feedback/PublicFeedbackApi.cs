using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Feedback;

/// <summary>What a client's link shows before answering: never the client's name, only the service.</summary>
public sealed record FeedbackLinkView(string Status, string? ServiceName, DateTime? ExpiresAt);

/// <summary>
/// The client's side without an account: look up a link and answer once. Unknown, used and expired
/// tokens are 404, 409 and 410; every call counts against the per-IP rate limit (429).
/// </summary>
public static class PublicFeedbackApi
{
    public const string RateLimitPolicy = "feedback-public";

    public static void MapPublicFeedbackApi(this IEndpointRouteBuilder api)
    {
        var links = api.MapGroup("/feedback/public/{token}").WithTags("Feedback").AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy);
        links.MapGet("/", GetAsync);
        links.MapPost("/", PostAsync);
    }

    public static async Task<Results<Ok<FeedbackLinkView>, ProblemHttpResult>> GetAsync(
        string token, SujuvaDb db, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken ct)
    {
        var lifetime = options.Value.LinkLifetime;
        var (status, link) = await SubmitFeedback.LookUpAsync(token, db, clock.GetUtcNow().UtcDateTime, lifetime, ct);
        if (status == TokenStatus.Unknown) return Problems.NotFound("token");
        var service = await db.Services.FindAsync([link!.ServiceId], ct);
        return TypedResults.Ok(new FeedbackLinkView(status.ToString(), service is null ? null : LocalName.Of(service),
            link.ExpiresAt(lifetime)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> PostAsync(
        string token, FeedbackSubmission answer, SujuvaDb db, TimeProvider clock, IOptions<FeedbackOptions> options,
        CancellationToken ct)
    {
        var (outcome, refusal) = await SubmitFeedback.SaveAsync(token, answer, db, clock, options, ct);
        return outcome switch
        {
            SubmitOutcome.Saved => TypedResults.NoContent(),
            SubmitOutcome.Invalid => Problems.From(refusal!),
            SubmitOutcome.Answered => Problems.Create(StatusCodes.Status409Conflict, "Already answered.", "token",
                "Feedback.AlreadyAnswered", "This link has been used; thank you for your answer."),
            SubmitOutcome.Expired => Problems.Create(StatusCodes.Status410Gone, "The link has expired.", "token",
                "Feedback.Expired", "This link is no longer open."),
            _ => Problems.NotFound("token"),
        };
    }
}
