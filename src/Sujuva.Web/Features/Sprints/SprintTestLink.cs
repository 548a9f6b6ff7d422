using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A single-use link for one customer interview of a sprint's test (day 4): the interviewee answers the sprint
/// questions without an account. Like a feedback link (<see cref="FeedbackLink"/>) it stores only the secret's hash,
/// is open for the feedback links' lifetime and is used once; it names no person. One link per interview.
/// </summary>
public sealed class SprintTestLink
{
    public SprintTestLinkId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public int Interview { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public UserId IssuedBy { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public DateTime? UsedAt { get; private set; }

    private SprintTestLink() { }

    public static SprintTestLink Issue(SprintId sprint, int interview, UserId by, DateTime at) => new()
    {
        Id = new(Guid.CreateVersion7(at)), SprintId = sprint, Interview = interview, TokenHash = SecretToken.New().Hash,
        IssuedBy = by, IssuedAt = at,
    };

    /// <summary>The interviewee answered through the link (a replayed history; the live submit claims it in one update).</summary>
    public void Use(DateTime at) => UsedAt ??= at;

    public DateTime ExpiresAt(TimeSpan lifetime) => IssuedAt + lifetime;

    public FeedbackLinkState StateAt(DateTime now, TimeSpan lifetime) =>
        UsedAt is not null ? FeedbackLinkState.Answered
        : now >= ExpiresAt(lifetime) ? FeedbackLinkState.Expired
        : FeedbackLinkState.Open;

    /// <summary>A new secret for an open link (the one shown before stops working); null once answered or expired.</summary>
    public string? NewToken(DateTime now, TimeSpan lifetime)
    {
        if (StateAt(now, lifetime) != FeedbackLinkState.Open) return null;
        var (token, hash) = SecretToken.New();
        TokenHash = hash;
        return token;
    }
}
