using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Feedback;

/// <summary>Only what the client answers: the token alone says which service event it is about.</summary>
public sealed record FeedbackSubmission(int Rating, int? Recommendation = null,
    [Text(FeedbackAnswer.MaxComment, Multiline = true)] string? Comment = null, [Text(TextLimits.Word)] string? Language = null);

/// <summary>What a token stands for: Unknown (never issued, or replaced), Open, Answered or Expired.</summary>
public enum TokenStatus
{
    Unknown,
    Open,
    Answered,
    Expired,
}

public enum SubmitOutcome
{
    Saved,
    Invalid,
    Unknown,
    Answered,
    Expired,
}

public static class SubmitFeedback
{
    public static async Task<(TokenStatus Status, FeedbackLink? Link)> LookUpAsync(
        string? token, SujuvaDb db, DateTime now, TimeSpan lifetime, CancellationToken ct)
    {
        if (SecretToken.HashOf(token) is not { } hash) return (TokenStatus.Unknown, null);
        var link = await db.Set<FeedbackLink>().AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is null ? (TokenStatus.Unknown, null) : (link.StateAt(now, lifetime) switch
        {
            FeedbackLinkState.Open => TokenStatus.Open,
            FeedbackLinkState.Answered => TokenStatus.Answered,
            _ => TokenStatus.Expired,
        }, link);
    }

    public static Refusal? Validate(FeedbackSubmission answer)
    {
        if (answer.Rating is < 1 or > 5)
            return Refusal.Invalid("rating", "Feedback.RatingOutOfRange", "Choose a rating from 1 to 5.");
        if (answer.Recommendation is < 0 or > 10)
            return Refusal.Invalid("recommendation", "Feedback.RecommendationOutOfRange", "Choose 0 to 10, or leave it empty.");
        if (answer.Comment is { Length: > FeedbackAnswer.MaxComment })
            return Refusal.Invalid("comment", "Feedback.CommentTooLong", $"A comment is at most {FeedbackAnswer.MaxComment} characters.");
        return InputRules.Refuse(answer);  // the public form posts here without the API's input contract
    }

    /// <summary>
    /// Uses the link once: the conditional update marks it used only if it is still open, so of two
    /// answers racing with one token exactly one is stored, bound to the link's own service event.
    /// </summary>
    public static async Task<(SubmitOutcome Outcome, Refusal? Refusal)> SaveAsync(
        string? token, FeedbackSubmission answer, SujuvaDb db, TimeProvider clock, IOptions<FeedbackOptions> options,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.LinkLifetime;
        var (status, link) = await LookUpAsync(token, db, now, lifetime, ct);
        if (status != TokenStatus.Open) return (Closed(status), null);
        if (Validate(answer) is { } refusal) return (SubmitOutcome.Invalid, refusal);

        var issuedAfter = now - lifetime;
        await using var write = await db.BeginWriteAsync(ct);
        var claimed = await db.Set<FeedbackLink>()
            .Where(l => l.Id == link!.Id && l.TokenHash == link.TokenHash && l.UsedAt == null && l.IssuedAt > issuedAfter)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAt, now), ct);
        if (claimed != 1) return (SubmitOutcome.Answered, null);
        var language = SupportedCultures.IsSupported(answer.Language ?? "") ? answer.Language! : "fi";
        db.Add(FeedbackAnswer.For(link!, answer.Rating, answer.Recommendation, answer.Comment, language, now));
        await db.SaveChangesAsync(ct);
        await write.CommitAsync(ct);
        return (SubmitOutcome.Saved, null);
    }

    private static SubmitOutcome Closed(TokenStatus status) => status switch
    {
        TokenStatus.Answered => SubmitOutcome.Answered,
        TokenStatus.Expired => SubmitOutcome.Expired,
        _ => SubmitOutcome.Unknown,
    };
}
