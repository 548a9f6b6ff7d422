using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

/// <summary>
/// Referrals as a reader may see them. The reason, the decline note and the consent override are free
/// text that may name the client, so they are personal data: shown to a reader whose team holds a grant
/// for the client (PersonalDataAccess), or whose team receives the referral while it is pending (the text
/// was written for it, shared on the basis ReferralConsent records). A declined referral's receiver,
/// managers and everyone else see the referral without them. One audit entry per client shown.
/// </summary>
public static class ReferralTexts
{
    public static readonly IReadOnlyList<string> Fields = ["ReferralReason", "DeclineNote", "ConsentOverrideReason"];

    public static async Task<List<ReferralView>> ShowAsync(SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, IReadOnlyList<Referral> referrals, CancellationToken ct, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(referrals);
        var grants = await access.GrantsAsync(db, user, [.. referrals.Select(r => r.ClientId).Distinct()], ct);
        var allowed = new Dictionary<ReferralId, AccessGrant>();
        foreach (var r in referrals)
        {
            if (grants.TryGetValue(r.ClientId, out var grant)) allowed[r.Id] = grant;
            else if (PersonalDataAccess.MayEverRead(user) && r.Status == ReferralStatus.Sent && user.Teams.Contains(r.ToTeamId))
                allowed[r.Id] = AccessGrant.ByReferral(r.ClientId, r.Id);
        }
        if (allowed.Count == 0) return [.. referrals.Select(ReferralView.From)];

        var ids = allowed.Keys.ToList();
        var overrides = await db.ReferralConsents.AsNoTracking().Where(c => ids.Contains(c.ReferralId))
            .ToDictionaryAsync(c => c.ReferralId, c => c.OverrideReason, ct);
        // Written before the texts are returned: if the audit write fails, the read fails.
        await audit.RecordReadsAsync(user, allowed.Values.DistinctBy(g => g.ClientId), Fields, ct, source, db);
        return [.. referrals.Select(r => allowed.ContainsKey(r.Id)
            ? ReferralView.WithTexts(r, overrides.GetValueOrDefault(r.Id))
            : ReferralView.From(r))];
    }
}
