using Sujuva.Web.Components.Pages.Referrals;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Tests.Pages;

public sealed class ReferralFilterTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Coaching = Guid.NewGuid();

    private static ReferralView Referral(ReferralStatus status, double daysAgo, Guid? from = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), from ?? Coaching, Guid.NewGuid(), Guid.NewGuid(), "R-1", "needs activity", true,
            status, Now.AddDays(-daysAgo), null, null, null, null, 1);

    [Fact]
    public void Shows_NoFilter_Everything() => Assert.True(new ReferralFilter().Shows(Referral(ReferralStatus.Declined, 40), Now));

    [Fact]
    public void Shows_Status_OnlyThatStatus()
    {
        var filter = new ReferralFilter { Status = ReferralStatus.Sent };

        Assert.True(filter.Shows(Referral(ReferralStatus.Sent, 1), Now));
        Assert.False(filter.Shows(Referral(ReferralStatus.Accepted, 1), Now));
    }

    [Theory]
    [InlineData(6.99, false)]
    [InlineData(7.0, true)]
    public void Shows_MinAge_CountsElapsedDaysSinceSending(double days, bool shown) =>
        Assert.Equal(shown, new ReferralFilter { MinAgeDays = 7 }.Shows(Referral(ReferralStatus.Sent, days), Now));

    [Fact]
    public void Shows_FromService_OnlyThatSender()
    {
        var filter = new ReferralFilter { FromServiceId = Coaching };

        Assert.True(filter.Shows(Referral(ReferralStatus.Sent, 1), Now));
        Assert.False(filter.Shows(Referral(ReferralStatus.Sent, 1, Guid.NewGuid()), Now));
        Assert.True(filter.IsActive);
    }
}
