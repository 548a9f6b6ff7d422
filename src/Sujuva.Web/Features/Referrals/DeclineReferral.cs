using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Referrals;

/// <summary>Reason is coded (capacity, not eligible, incomplete, client declined, other); Note explains it.</summary>
public sealed record DeclineReferralRequest(DeclineReason Reason, int Version, [Text(TextLimits.Reason, Multiline = true)] string? Note = null);

public static class DeclineReferral
{
    public static async Task<Outcome<ReferralView>> ApplyAsync(
        Guid referralId, DeclineReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var (referral, notDecidable) = await DecideReferral.LoadAsync(referralId, request.Version, db, user, ct);
        if (referral is null) return notDecidable!;
        var from = await db.Cases.SingleAsync(c => c.Id == referral.FromCaseId, ct);

        var refusal = referral.Decline(from, request.Reason, request.Note, user.Id, clock.GetUtcNow().UtcDateTime);
        if (refusal is not null) return refusal;
        FeedbackLinks.IssueForDecline(db, referral); // Feedback (issue 7): the client's link for this service event

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : ReferralView.From(referral);
    }
}
