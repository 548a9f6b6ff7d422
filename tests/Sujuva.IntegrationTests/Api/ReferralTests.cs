using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class ReferralTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpClient Coach, HttpClient Instructor, ReferralDto Referral, ServiceDto Rehab)>
        SendAsync(SujuvaApp app)
    {
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var response = await coach.PostAsJsonAsync("/api/referrals", new
        {
            fromCaseId = @case.Id, toServiceId = rehab.Id, reason = "Needs work-activity assessment", clientConsented = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (coach, instructor, (await response.Content.ReadFromJsonAsync<ReferralDto>(Ct))!, rehab);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AcceptReferral_AcrossOrganisations_OpensCaseInReceivingService(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (coach, instructor, referral, rehab) = await SendAsync(app);

        var incoming = await instructor.GetFromJsonAsync<List<ReferralDto>>("/api/referrals?direction=incoming", Ct);
        var response = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept",
            new { version = referral.Version }, Ct);

        Assert.Equal(referral.Id, Assert.Single(incoming!).Id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<AcceptedDto>(Ct);
        Assert.Equal("Accepted", accepted!.Referral.Status);
        Assert.Equal(rehab.Id, accepted.Case.ServiceId);
        Assert.Equal(rehab.Stages[0].Id, accepted.Case.StageId);
        Assert.Equal(referral.ClientPseudonym, accepted.Case.ClientPseudonym);
        Assert.Equal(referral.Id, accepted.Case.FromReferralId);
        var sent = await coach.GetFromJsonAsync<ReferralDto>($"/api/referrals/{referral.Id}", Ct);
        Assert.Equal("Accepted", sent!.Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DeclineReferral_CodedReason_IsDeclinedAndOpensNoCase(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (coach, instructor, referral, rehab) = await SendAsync(app);

        var response = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "Incomplete", version = referral.Version, note = "Attach the assessment" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var declined = await response.Content.ReadFromJsonAsync<ReferralDto>(Ct);
        Assert.Equal("Incomplete", declined!.DeclineReason);
        Assert.Null(declined.NewCaseId);
        var board = await Given.BoardAsync(instructor, rehab.Id);
        Assert.All(board.Columns, c => Assert.Empty(c.Cards));
        var outgoing = await coach.GetFromJsonAsync<List<ReferralDto>>("/api/referrals?direction=outgoing", Ct);
        Assert.Equal("Declined", Assert.Single(outgoing!).Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DeclineReferral_UncodedReason_Returns400NamingReason(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (_, instructor, referral, _) = await SendAsync(app);

        var response = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "TooBusy", version = referral.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AcceptReferral_AlreadyDecided_Returns422AndStaleVersion409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (_, instructor, referral, _) = await SendAsync(app);
        var accepted = await (await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept",
            new { version = referral.Version }, Ct)).Content.ReadFromJsonAsync<AcceptedDto>(Ct);

        var stale = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "Capacity", version = referral.Version }, Ct);
        var decided = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "Capacity", version = accepted!.Referral.Version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, decided.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AcceptReferral_BySendingTeam_Returns403(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (coach, _, referral, _) = await SendAsync(app);

        var response = await coach.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept",
            new { version = referral.Version }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SendReferral_ToOwnService_Returns422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = @case.Id, toServiceId = service.Id, reason = "Loop", clientConsented = true }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("toServiceId", (await Given.ProblemAsync(response)).Errors.Keys);
    }
}
