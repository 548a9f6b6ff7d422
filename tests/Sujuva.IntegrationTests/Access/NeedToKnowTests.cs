using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

/// <summary>Need-to-know across time: open case, grace period after closing, referral before and after acceptance.</summary>
public sealed class NeedToKnowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_OpenCaseOfMyTeam_GrantedByThatCase(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var @case = await AccessGiven.CoachCaseAsync(coach);

        var (coachStatus, read) = await AccessGiven.ReadClientAsync(coach, @case.ClientId);
        var (leadStatus, _) = await AccessGiven.ReadClientAsync(lead, @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, coachStatus);
        Assert.Equal(HttpStatusCode.OK, leadStatus);
        Assert.Equal("Virtanen", read!.LastName);
        Assert.Equal(@case.Id, read.GrantedByCaseId);
        Assert.Null(read.GrantedByReferralId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_OtherTeamManagerOrAdministrator_Returns404(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);

        // The administrator is a member of the coach's team, yet administers rather than works cases.
        foreach (var key in new[] { FixtureNetwork.Instructor, FixtureNetwork.Manager, FixtureNetwork.Admin })
        {
            var (status, _) = await AccessGiven.ReadClientAsync(await app.SignInAsync(key), @case.ClientId);
            Assert.Equal(HttpStatusCode.NotFound, status);
        }
        var (unknown, _) = await AccessGiven.ReadClientAsync(coach, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_ClosedCase_KeptDuringGraceLostAfter(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        await AccessGiven.CloseAsync(coach, @case.Id);

        app.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var (during, read) = await AccessGiven.ReadClientAsync(await app.SignInAsync(FixtureNetwork.Coach), @case.ClientId);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var (after, _) = await AccessGiven.ReadClientAsync(await app.SignInAsync(FixtureNetwork.Coach), @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, during);
        Assert.Equal(@case.Id, read!.GrantedByCaseId);
        Assert.Equal(HttpStatusCode.NotFound, after);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_Referral_SenderWhilePendingReceiverOnlyAfterAcceptance(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var referral = await AccessGiven.ReferToRehabAsync(coach, @case.Id);
        await AccessGiven.CloseAsync(coach, @case.Id);
        app.Clock.Advance(TimeSpan.FromDays(45));  // the sender's closed case no longer grants access

        var (senderPending, bySender) = await AccessGiven.ReadClientAsync(await app.SignInAsync(FixtureNetwork.Coach), @case.ClientId);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (receiverPending, _) = await AccessGiven.ReadClientAsync(instructor, @case.ClientId);
        var accepted = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new { version = referral.Version }, Ct);
        var (receiverAccepted, byReceiver) = await AccessGiven.ReadClientAsync(instructor, @case.ClientId);
        var (senderAccepted, _) = await AccessGiven.ReadClientAsync(await app.SignInAsync(FixtureNetwork.Coach), @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, senderPending);
        Assert.Equal(referral.Id, bySender!.GrantedByReferralId);
        Assert.Equal(HttpStatusCode.NotFound, receiverPending);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, receiverAccepted);
        Assert.NotNull(byReceiver!.GrantedByCaseId);
        Assert.NotEqual(@case.Id, byReceiver.GrantedByCaseId);
        Assert.Equal(HttpStatusCode.NotFound, senderAccepted);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_DeclinedReferral_ReceiverNeverSees(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var referral = await AccessGiven.ReferToRehabAsync(coach, @case.Id);

        var declined = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "Capacity", version = referral.Version }, Ct);
        var (receiver, _) = await AccessGiven.ReadClientAsync(instructor, @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receiver);
    }
}
