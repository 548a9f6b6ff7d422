using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

/// <summary>Loads a referral for its receiving team to decide: 404 if not visible, 409 if stale.</summary>
public static class DecideReferral
{
    public static async Task<Outcome<Referral>> LoadAsync(
        Guid referralId, int version, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new ReferralId(referralId);
        var referral = await db.ReferralsVisibleTo(user)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return Refusal.NotFound("referralId");
        if (CaseWork.Refuse(user, referral.ToTeamId, "referralId") is { } forbidden) return forbidden;
        if (referral.Version != version) return Refusal.EditConflict();
        return referral;
    }
}
