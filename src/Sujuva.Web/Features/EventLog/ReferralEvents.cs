using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Features.EventLog;

// A referral's events are recorded on the sending case; the acceptance opens a case (CaseOpened) in the
// receiving service. The referral's texts (its reason, a decline note) stay on the referral (ReferralTexts).

/// <param name="ResendOfId">The declined referral this one sends again; null for a first sending.</param>
public sealed record ReferralSent(
    [property: Shared] Guid ReferralId, [property: Shared] Guid ToServiceId, [property: Shared] Guid ToOrganisationId,
    [property: Shared] bool ClientConsented, [property: Shared] Guid? ResendOfId = null) : IEventPayload;

/// <param name="NewCaseId">The case the acceptance opened in the receiving service.</param>
public sealed record ReferralAccepted(
    [property: Shared] Guid ReferralId, [property: Shared] Guid ToServiceId, [property: Shared] Guid NewCaseId) : IEventPayload;

public sealed record ReferralDeclined(
    [property: Shared] Guid ReferralId, [property: Shared] Guid ToServiceId,
    [property: Shared(AsCode = true)] DeclineReason Reason = DeclineReason.Other) : IEventPayload;
