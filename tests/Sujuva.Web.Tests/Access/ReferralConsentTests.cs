using Sujuva.Web.Features;
using Sujuva.Web.Features.Access;

namespace Sujuva.Web.Tests.Access;

public sealed class ReferralConsentTests
{
    private static readonly ReferralId Referral = new(Guid.NewGuid());
    private static readonly UserId Coach = new(Guid.NewGuid());
    private static readonly DateTime At = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Record_Consented_KeepsNoOverride()
    {
        var (consent, refusal) = ReferralConsent.Record(Referral, true, "not needed", Coach, At);

        Assert.Null(refusal);
        Assert.True(consent!.ClientConsented);
        Assert.Null(consent.OverrideReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Record_NeitherConsentNorReason_RefusedNamingConsent(string? reason)
    {
        var (consent, refusal) = ReferralConsent.Record(Referral, false, reason, Coach, At);

        Assert.Null(consent);
        Assert.Equal("clientConsented", refusal!.Field);
        Assert.Equal("Referrals.ConsentMissing", refusal.Code);
    }

    [Fact]
    public void Record_Override_KeepsTrimmedReason()
    {
        var (consent, _) = ReferralConsent.Record(Referral, false, "  Child protection duty ", Coach, At);

        Assert.False(consent!.ClientConsented);
        Assert.Equal("Child protection duty", consent.OverrideReason);
    }
}
