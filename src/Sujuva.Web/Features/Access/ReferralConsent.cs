using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Access;

/// <summary>
/// The lawful basis for sharing a client's data with a referral's receiving service: the client's
/// consent, or the sender's reasoned override (e.g. a statutory duty to refer). Kept out of the event
/// log because the override is free text that may name the client.
/// </summary>
public sealed class ReferralConsent
{
    public ReferralId ReferralId { get; private set; }
    public bool ClientConsented { get; private set; }
    public string? OverrideReason { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private ReferralConsent() { }

    public static (ReferralConsent? Consent, Refusal? Refusal) Record(
        ReferralId referral, bool clientConsented, string? overrideReason, UserId by, DateTime at)
    {
        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        if (!clientConsented && reason is null)
            return (null, Refusal.Rule("clientConsented", "Referrals.ConsentMissing",
                "Record the client's consent to share their data, or give consentOverrideReason."));
        return (new ReferralConsent
        {
            ReferralId = referral, ClientConsented = clientConsented, OverrideReason = clientConsented ? null : reason,
            RecordedBy = by, RecordedAt = at,
        }, null);
    }
}

public sealed class ReferralConsentConfiguration : IEntityTypeConfiguration<ReferralConsent>
{
    public void Configure(EntityTypeBuilder<ReferralConsent> b)
    {
        b.HasKey(c => c.ReferralId);
        b.HasOne<Referral>().WithOne().HasForeignKey<ReferralConsent>(c => c.ReferralId);
        b.Property(c => c.OverrideReason).HasMaxLength(1000);
    }
}
