using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>The link to give the client: its URL, the QR code of it (SVG) and when it expires.</summary>
public sealed record ShownFeedbackLink(Guid LinkId, string Url, string QrSvg, DateTime ExpiresAt);

/// <summary>
/// Shows a feedback link (POST /api/cases/{caseId}/feedback-links/{linkId}/show and the case page): a fresh
/// secret for an open link of that case; a link shown before stops working. Refused NotFound unless the link
/// belongs to a case the user sees; Forbidden when the user sees the case but does not work for its team;
/// by a rule once it is answered or expired.
/// </summary>
public static class ShowFeedbackLink
{
    public static async Task<Outcome<ShownFeedbackLink>> ApplyAsync(SujuvaDb db, CurrentUser user,
        CaseId caseId, FeedbackLinkId linkId, string baseUrl, DateTime now, TimeSpan lifetime, CancellationToken ct)
    {
        var team = await db.CasesVisibleTo(user).Where(c => c.Id == caseId).Select(c => (TeamId?)c.Service.TeamId)
            .SingleOrDefaultAsync(ct);
        // Showing the link to the client is case work: only the team working the case (CurrentUser.WorksFor).
        if (team is { } t && CaseWork.Refuse(user, t, "caseId") is { } forbidden) return forbidden;
        var link = team is not null
            ? await db.Set<FeedbackLink>().SingleOrDefaultAsync(l => l.Id == linkId && l.CaseId == caseId, ct)
            : null;
        if (link is null) return Refusal.NotFound("linkId");
        if (link.NewToken(now, lifetime) is not { } token)
            return Refusal.Rule("linkId", "Feedback.LinkClosed", "The link has been answered or has expired.");
        await db.SaveChangesAsync(ct);
        var url = $"{baseUrl.TrimEnd('/')}/f/{token}";
        return new ShownFeedbackLink(link.Id.Value, url, QrCode.Svg(url), link.ExpiresAt(lifetime));
    }
}
