using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// Issues the feedback link of a service event, saved with the event's own change. The worker shows
/// it (link, QR code or e-mail) from the case page, which creates the secret the client receives.
/// </summary>
public static class FeedbackLinks
{
    /// <summary>After a case is closed: passes the close's refusal through, issuing a link only on success.</summary>
    public static Refusal? ThenIssueFeedbackLink(this Refusal? closing, SujuvaDb db, Case closed)
    {
        if (closing is not null || closed.ClosedAt is not { } at) return closing;
        db.Add(FeedbackLink.Issue(FeedbackEventKind.CaseClosed, closed.Id, null, closed.ServiceId, closed.Service.TeamId,
            closed.ClientPseudonym, at));
        return null;
    }

    /// <summary>A declined referral: the client rates the declining service; the rating shows on the sending case.</summary>
    public static void IssueForDecline(SujuvaDb db, Referral declined)
    {
        if (declined.DecidedAt is not { } at) return;
        db.Add(FeedbackLink.Issue(FeedbackEventKind.ReferralDeclined, declined.FromCaseId, declined.Id,
            declined.ToServiceId, declined.ToTeamId, declined.ClientPseudonym, at));
    }
}
