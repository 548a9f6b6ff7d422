using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

public sealed record SendReferralRequest(Guid FromCaseId, Guid ToServiceId, string Reason, bool ClientConsented);

public static class SendReferral
{
    public static async Task<Results<Created<ReferralView>, ProblemHttpResult>> HandleAsync(
        SendReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var fromId = new CaseId(request.FromCaseId);
        var toId = new ServiceId(request.ToServiceId);
        var from = await db.CasesVisibleTo(user).Include(c => c.Service)
            .SingleOrDefaultAsync(c => c.Id == fromId, ct);
        if (from is null) return Problems.NotFound("fromCaseId");
        var to = await db.Services.SingleOrDefaultAsync(s => s.Id == toId, ct);
        if (to is null) return Problems.NotFound("toServiceId");

        var (referral, refusal) = Referral.Send(from, to, request.Reason, request.ClientConsented, user.Id,
            clock.GetUtcNow().UtcDateTime);
        if (referral is null) return Problems.From(refusal!);

        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/referrals/{referral.Id.Value}", ReferralView.From(referral));
    }
}
