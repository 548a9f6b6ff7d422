namespace Sujuva.Web.Features.Access;

/// <summary>
/// Why a user may read one client's personal data: the case of one of their teams (open, or
/// closed within the grace period) or the pending referral their team sent. Exactly one of the two
/// is set; the audit log records it as the reason of the read.
/// </summary>
public sealed record AccessGrant(ClientId ClientId, CaseId? CaseId, ReferralId? ReferralId)
{
    public static AccessGrant ByCase(ClientId client, CaseId @case) => new(client, @case, null);

    public static AccessGrant ByReferral(ClientId client, ReferralId referral) => new(client, null, referral);
}
