namespace Sujuva.Web.Features.Referrals;

/// <summary>
/// Reason, DeclineNote and ConsentOverrideReason (why the data is shared without the client's consent) are
/// free text that may name the client: null unless the reader may read them (ReferralTexts).
/// </summary>
public sealed record ReferralView(
    Guid Id, Guid FromCaseId, Guid FromServiceId, Guid ToServiceId, Guid ToOrganisationId, string ClientPseudonym,
    string? Reason, bool ClientConsented, ReferralStatus Status, DateTime SentAt, DateTime? DecidedAt,
    DeclineReason? DeclineReason, string? DeclineNote, Guid? NewCaseId, int Version, string? ConsentOverrideReason = null,
    Guid? ResendOfId = null)
{
    /// <summary>Without the texts.</summary>
    public static ReferralView From(Referral r) => new(
        r.Id.Value, r.FromCaseId.Value, r.FromServiceId.Value, r.ToServiceId.Value, r.ToOrganisationId.Value,
        r.ClientPseudonym, null, r.ClientConsented, r.Status, r.SentAt, r.DecidedAt, r.DeclineReason,
        null, r.NewCaseId?.Value, r.Version, null, r.ResendOfId?.Value);

    /// <summary>With the texts, for a reader ReferralTexts allows (or their writer).</summary>
    public static ReferralView WithTexts(Referral r, string? consentOverrideReason) => From(r) with
    {
        Reason = r.Reason, DeclineNote = r.DeclineNote, ConsentOverrideReason = consentOverrideReason,
    };
}
