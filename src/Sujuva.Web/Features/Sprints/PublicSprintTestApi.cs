using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// The interviewee's side without an account (/api/sprint-tests/{token}): look up a link and answer once. Unknown, used
/// and expired tokens are 404, 409 and 410, and every call counts against the feedback pages' per-IP rate limit (429).
/// </summary>
public static class PublicSprintTestApi
{
    public static void MapPublicSprintTestApi(this IEndpointRouteBuilder api)
    {
        var links = api.MapGroup("/sprint-tests/{token}").WithTags("Sprints").AllowAnonymous()
            .RequireRateLimiting(PublicFeedbackApi.RateLimitPolicy);
        links.MapGet("/", GetAsync);
        links.MapPost("/", PostAsync);
    }

    public static async Task<Results<Ok<SprintTestLinkView>, ProblemHttpResult>> GetAsync(
        string token, SujuvaDb db, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken ct) =>
        await SubmitSprintTest.ViewAsync(token, db, clock.GetUtcNow().UtcDateTime, options.Value.LinkLifetime, ct) is { } view
            ? TypedResults.Ok(view) : Problems.NotFound("token");

    public static async Task<Results<NoContent, ProblemHttpResult>> PostAsync(
        string token, SprintTestSubmission answer, SujuvaDb db, TimeProvider clock, IOptions<FeedbackOptions> options, CancellationToken ct)
    {
        var (outcome, refusal) = await SubmitSprintTest.SaveAsync(token, answer, db, clock, options.Value.LinkLifetime, ct);
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
