using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

/// <summary>The referrals the user may see: what GET /api/referrals and the referral inbox show.</summary>
public static class ReadReferrals
{
    /// <summary>Direction "incoming" (to my teams) or "outgoing" (from my teams); both if omitted.</summary>
    /// <param name="source">The page asking, for the audit log; null for the API (the audit takes its route).</param>
    /// <param name="withTexts">False for a page's prerendering: no texts, so none read (and audited) twice.</param>
    public static async Task<Outcome<List<ReferralView>>> ListAsync(
        string? direction, ReferralStatus? status, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, string? source, bool withTexts, CancellationToken ct)
    {
        if (direction is not (null or "" or "incoming" or "outgoing"))
            return Refusal.Invalid("direction", "Referrals.UnknownDirection", "Use incoming or outgoing.");
        var query = db.ReferralsVisibleTo(user).AsNoTracking();
        var teams = user.Teams.ToList();
        if (direction == "incoming") query = query.Where(r => teams.Contains(r.ToTeamId));
        if (direction == "outgoing") query = query.Where(r => teams.Contains(r.FromTeamId));
        if (status is { } s) query = query.Where(r => r.Status == s);
        var list = await query.OrderByDescending(r => r.SentAt).Take(500).ToListAsync(ct);
        return withTexts
            ? await ReferralTexts.ShowAsync(db, user, access, audit, list, ct, source)
            : [.. list.Select(ReferralView.From)];
    }

    /// <summary>
    /// These referrals with their texts where the reader may see them (audited), for the part of a list a
    /// page shows; referrals the user may not see are left out.
    /// </summary>
    public static async Task<List<ReferralView>> WithTextsAsync(IReadOnlyCollection<Guid> referralIds, SujuvaDb db,
        CurrentUser user, PersonalDataAccess access, AuditTrail audit, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referralIds);
        if (referralIds.Count == 0) return [];
        var ids = referralIds.Select(r => new ReferralId(r)).ToList();
        var list = await db.ReferralsVisibleTo(user).AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return await ReferralTexts.ShowAsync(db, user, access, audit, list, ct, source);
    }

    /// <param name="source">The page asking, for the audit log; null for the API (the audit takes its route).</param>
    public static async Task<Outcome<ReferralView>> GetAsync(
        Guid referralId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct,
        string? source = null)
    {
        var id = new ReferralId(referralId);
        var r = await db.ReferralsVisibleTo(user).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Refusal.NotFound("referralId");
        return (await ReferralTexts.ShowAsync(db, user, access, audit, [r], ct, source))[0];
    }
}
