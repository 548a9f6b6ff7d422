using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Which interview a customer link is for.</summary>
public sealed record SprintTestLinkRequest(int Interview);

/// <summary>The link to give the interviewee: its address, the QR code of it (SVG) and when it expires.</summary>
public sealed record ShownSprintTestLink(Guid LinkId, int Interview, string Url, string QrSvg, DateTime ExpiresAt);

/// <summary>
/// Customer links of a sprint's test (POST /api/sprints/{id}/test-links): one per interview, made by those who work in
/// the sprint. Showing it again gives a fresh secret (the one shown before stops working), as feedback links do. An
/// interview whose cells staff already filled gets no link: its answers would be two people's.
/// </summary>
public static class SprintTestLinks
{
    /// <summary>The public page's path; the secret follows it.</summary>
    public const string PagePath = "sprint-test";

    public static async Task<Outcome<ShownSprintTestLink>> ShowAsync(Guid sprintId, SprintTestLinkRequest request, string baseUrl, SujuvaDb db,
        CurrentUser user, TimeProvider clock, TimeSpan lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        if (request.Interview is < 1 or > SprintTestAnswer.Interviews)
            return Refusal.Invalid("interview", "Sprints.NoSuchInterview", $"An interview is numbered 1 to {SprintTestAnswer.Interviews}.");
        if (sprint.Questions.Count == 0)
            return Refusal.Rule("sprintId", "Sprints.NoQuestions", "Write the sprint questions first: they are what the customer answers.");
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.Set<SprintTestLink>().SingleOrDefaultAsync(l => l.SprintId == sprint.Id && l.Interview == request.Interview, ct);
        if (link is null)
        {
            if (await db.Set<SprintTestAnswer>().AnyAsync(a => a.SprintId == sprint.Id && a.Interview == request.Interview, ct))
                return Refusal.Rule("interview", "Sprints.InterviewHasAnswers", "Staff have already filled this interview's answers.");
            link = SprintTestLink.Issue(sprint.Id, request.Interview, user.Id, now);
            db.Add(link);
        }
        if (link.NewToken(now, lifetime) is not { } token)
            return Refusal.Rule("interview", "Sprints.LinkClosed", "The interview's link has been answered or has expired.");
        // Two people showing the first link at once: the unique interview index keeps one; the other shows it again.
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } failed) return failed;
        var url = $"{baseUrl.TrimEnd('/')}/{PagePath}/{token}";
        return new ShownSprintTestLink(link.Id.Value, link.Interview, url, QrCode.Svg(url), link.ExpiresAt(lifetime));
    }

    /// <summary>What a token stands for, with its link.</summary>
    public static async Task<(TokenStatus Status, SprintTestLink? Link)> LookUpAsync(string? token, SujuvaDb db, DateTime now, TimeSpan lifetime,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (SecretToken.HashOf(token) is not { } hash) return (TokenStatus.Unknown, null);
        var link = await db.Set<SprintTestLink>().AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is null ? (TokenStatus.Unknown, null) : (link.StateAt(now, lifetime) switch
        {
            FeedbackLinkState.Open => TokenStatus.Open,
            FeedbackLinkState.Answered => TokenStatus.Answered,
            _ => TokenStatus.Expired,
        }, link);
    }
}
