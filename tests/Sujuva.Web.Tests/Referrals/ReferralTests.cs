using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Tests.Referrals;

public sealed class ReferralTests
{
    [Fact]
    public void Accept_SentReferral_OpensCaseForTheClientInTheReceivingService()
    {
        var client = Board.Client();
        var from = Board.OpenCase(Board.Service(), client);
        var to = Board.Service("Kuntouttava työtoiminta");
        var (referral, _) = Referral.Send(from, to, "Assessment", true, Board.Worker, Board.At);

        var (opened, refusal) = referral!.Accept(from, client, to, null, Board.Worker, Board.At.AddDays(1));

        Assert.Null(refusal);
        Assert.Equal((to.Id, to.Stage("Intake"), client.Pseudonym), (opened!.ServiceId, opened.StageId, opened.ClientPseudonym));
        Assert.Equal(referral.Id, opened.FromReferralId);
        Assert.Equal((ReferralStatus.Accepted, opened.Id), (referral.Status, referral.NewCaseId!.Value));
        Assert.Equal([EventTypes.ReferralSent, EventTypes.ReferralAccepted], from.TakeEvents().Select(e => e.Type));
        Assert.Equal(EventTypes.CaseOpened, Assert.Single(opened.TakeEvents()).Type);
    }

    [Fact]
    public void Decline_SentReferral_RecordsCodedReasonAndOpensNothing()
    {
        var from = Board.OpenCase(Board.Service());
        var (referral, _) = Referral.Send(from, Board.Service("Muu"), "Assessment", true, Board.Worker, Board.At);

        var refusal = referral!.Decline(from, DeclineReason.Capacity, null, Board.Worker, Board.At);

        Assert.Null(refusal);
        Assert.Equal((ReferralStatus.Declined, DeclineReason.Capacity), (referral.Status, referral.DeclineReason!.Value));
        Assert.Null(referral.NewCaseId);
        Assert.Equal("Referrals.AlreadyDecided",
            referral.Accept(from, Board.Client(), Board.Service(), null, Board.Worker, Board.At).Refusal!.Code);
    }

    [Fact]
    public void Send_ToOwnServiceOrFromClosedCase_IsRefused()
    {
        var service = Board.Service();
        var from = Board.OpenCase(service);

        Assert.Equal("Referrals.SameService", Referral.Send(from, service, "x", true, Board.Worker, Board.At).Refusal!.Code);
        from.Close(Features.Cases.Outcome.Other, Board.Worker, Board.At);
        Assert.Equal("Cases.Closed", Referral.Send(from, Board.Service("Muu"), "x", true, Board.Worker, Board.At).Refusal!.Code);
    }
}
