namespace Sujuva.Web.Features.Referrals;

/// <summary>ConsentOverrideReason: why the data is shared without the client's consent (null when consented).</summary>
public sealed record ReferralView(
    Guid Id, Guid FromCaseId, Guid FromServiceId, Guid ToServiceId, Guid ToOrganisationId, string ClientPseudonym,
    string Reason, bool ClientConsented, ReferralStatus Status, DateTime SentAt, DateTime? DecidedAt,
    DeclineReason? DeclineReason, string? DeclineNote, Guid? NewCaseId, int Version, string? ConsentOverrideReason = null)
{
    public static ReferralView From(Referral r, string? consentOverrideReason = null) => new(
        r.Id.Value, r.FromCaseId.Value, r.FromServiceId.Value, r.ToServiceId.Value, r.ToOrganisationId.Value,
        r.ClientPseudonym, r.Reason, r.ClientConsented, r.Status, r.SentAt, r.DecidedAt, r.DeclineReason,
        r.DeclineNote, r.NewCaseId?.Value, r.Version, consentOverrideReason);
}
