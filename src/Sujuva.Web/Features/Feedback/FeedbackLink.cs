using Sujuva.Web.Platform;
namespace Sujuva.Web.Features.Feedback;

/// <summary>The service event a client is asked about (METRICS.md §6: ask at every endpoint, not only success).</summary>
public enum FeedbackEventKind
{
    CaseClosed,
    ReferralDeclined,

    /// <summary>After a held coaching session (issue 16): the link is mailed to the client and bound to the session.</summary>
    Session,
}

public enum FeedbackLinkState
{
    Open,
    Answered,
    Expired,
}

/// <summary>
/// A single-use link for one client's feedback on one service event, bound to the client's
/// pseudonym, never the name. CaseId is the client's case the rating shows on; ServiceId the service rated.
/// </summary>
public sealed class FeedbackLink
{
    public FeedbackLinkId Id { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public FeedbackEventKind EventKind { get; private set; }
    public CaseId CaseId { get; private set; }
    public ReferralId? ReferralId { get; private set; }

    /// <summary>The coaching session asked about (Session links only).</summary>
    public CoachingSessionId? SessionId { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public TeamId TeamId { get; private set; }
    public string ClientPseudonym { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
    public DateTime? UsedAt { get; private set; }

    private FeedbackLink() { }

    public static FeedbackLink Issue(FeedbackEventKind kind, CaseId caseId, ReferralId? referralId, ServiceId serviceId,
        TeamId teamId, string clientPseudonym, DateTime at, CoachingSessionId? sessionId = null) => new()
        {
            Id = new(Guid.CreateVersion7(at)), TokenHash = SecretToken.New().Hash, EventKind = kind, CaseId = caseId,
            ReferralId = referralId, ServiceId = serviceId, TeamId = teamId, ClientPseudonym = clientPseudonym,
            IssuedAt = at, SessionId = sessionId,
        };

    /// <summary>The lifetime is configuration (Feedback:LinkLifetimeDays), applied when a link is used, so a change applies to all links.</summary>
    public DateTime ExpiresAt(TimeSpan lifetime) => IssuedAt + lifetime;

    public FeedbackLinkState StateAt(DateTime now, TimeSpan lifetime) =>
        UsedAt is not null ? FeedbackLinkState.Answered
        : now >= ExpiresAt(lifetime) ? FeedbackLinkState.Expired
        : FeedbackLinkState.Open;

    /// <summary>
    /// A new secret for an open link; the one shown before stops working. The secret is never stored,
    /// so showing the link again is the only way to give it to the client again.
    /// </summary>
    public string? NewToken(DateTime now, TimeSpan lifetime)
    {
        if (StateAt(now, lifetime) != FeedbackLinkState.Open) return null;
        var (token, hash) = SecretToken.New();
        TokenHash = hash;
        return token;
    }
}
