using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Referrals;

/// <summary>
/// Either the client consented to sharing their data with the receiving service, or
/// ConsentOverrideReason says why it is shared anyway; with neither the referral is refused (422).
/// ResendOf names a declined referral of the same case that this one sends again (once: 409 after that).
/// </summary>
public sealed record SendReferralRequest(Guid FromCaseId, Guid ToServiceId, [Text(TextLimits.Reason, Multiline = true)] string Reason,
    bool ClientConsented = false, [Text(TextLimits.Reason, Multiline = true)] string? ConsentOverrideReason = null,
    Guid? ResendOf = null);

public static class SendReferral
{
    public static async Task<Outcome<ReferralView>> ApplyAsync(
        SendReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var fromId = new CaseId(request.FromCaseId);
        var toId = new ServiceId(request.ToServiceId);
        var from = await db.CasesVisibleTo(user).Include(c => c.Service)
            .SingleOrDefaultAsync(c => c.Id == fromId, ct);
        if (from is null) return Refusal.NotFound("fromCaseId");
        if (CaseWork.Refuse(user, from.Service.TeamId, "fromCaseId") is { } forbidden) return forbidden;
        var to = await db.Services.SingleOrDefaultAsync(s => s.Id == toId, ct);
        if (to is null) return Refusal.NotFound("toServiceId");

        Referral? resendOf = null;
        if (request.ResendOf is { } resend)
        {
            var resendId = new ReferralId(resend);
            resendOf = await db.ReferralsVisibleTo(user).AsNoTracking().SingleOrDefaultAsync(r => r.Id == resendId, ct);
            if (resendOf is null) return Refusal.NotFound("resendOf");
            if (await db.Referrals.AnyAsync(r => r.ResendOfId == resendId, ct)) return AlreadyResent();
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var (referral, refusal) = Referral.Send(from, to, request.Reason, request.ClientConsented, user.Id, at, resendOf);
        if (referral is null) return refusal!;
        var (consent, missing) = ReferralConsent.Record(referral.Id, request.ClientConsented,
            request.ConsentOverrideReason, user.Id, at);
        if (consent is null) return missing!;

        db.Referrals.Add(referral);
        db.ReferralConsents.Add(consent);
        if (await db.TrySaveAsync(ct, AlreadyResent) is { } conflict) return conflict;
        return ReferralView.WithTexts(referral, consent.OverrideReason); // the sender's own texts, as written
    }

    private static Refusal AlreadyResent() => Refusal.Conflict("resendOf", "Referrals.AlreadyResent",
        "This declined referral has already been sent again.");
}
