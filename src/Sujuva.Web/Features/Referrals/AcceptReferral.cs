using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

/// <summary>StageId is where the new case starts; the receiving board's first stage if omitted.</summary>
public sealed record AcceptReferralRequest(int Version, Guid? StageId = null);

public sealed record AcceptedReferralView(ReferralView Referral, CaseView Case);

public static class AcceptReferral
{
    public static async Task<Outcome<AcceptedReferralView>> ApplyAsync(
        Guid referralId, AcceptReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var (referral, notDecidable) = await DecideReferral.LoadAsync(referralId, request.Version, db, user, ct);
        if (referral is null) return notDecidable!;
        var from = await db.Cases.SingleAsync(c => c.Id == referral.FromCaseId, ct);
        var client = await db.Clients.SingleAsync(c => c.Id == referral.ClientId, ct);
        var to = await db.Services.SingleAsync(s => s.Id == referral.ToServiceId, ct);

        var (opened, refusal) = referral.Accept(from, client, to, request.StageId is { } s ? new StageId(s) : null,
            user.Id, clock.GetUtcNow().UtcDateTime);
        if (opened is null) return refusal!;

        db.Cases.Add(opened);
        return await db.TrySaveAsync(ct) is { } conflict
            ? conflict
            : new AcceptedReferralView(ReferralView.From(referral), CaseView.From(opened));
    }
}
