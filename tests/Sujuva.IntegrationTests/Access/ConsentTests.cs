using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

public sealed class ConsentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SendReferral_NeitherConsentNorOverride_Returns422NamingConsent(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);

        var response = await coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = @case.Id, toServiceId = rehab.Id, reason = "Assessment", consentOverrideReason = "  " }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal("Referrals.ConsentMissing", problem.Code);
        Assert.Contains("clientConsented", problem.Errors.Keys);
        Assert.Empty((await coach.GetFromJsonAsync<List<ReferralConsentDto>>("/api/referrals", Ct))!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SendReferral_ReasonedOverride_ShownToBothTeams(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);

        var response = await coach.PostAsJsonAsync("/api/referrals", new
        {
            fromCaseId = @case.Id, toServiceId = rehab.Id, reason = "Assessment", clientConsented = false,
            consentOverrideReason = "Statutory duty to refer",
        }, Ct);
        var sent = await response.Content.ReadFromJsonAsync<ReferralConsentDto>(Ct);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var inbox = await instructor.GetFromJsonAsync<List<ReferralConsentDto>>("/api/referrals?direction=incoming", Ct);
        var one = await instructor.GetFromJsonAsync<ReferralConsentDto>($"/api/referrals/{sent!.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(sent.ClientConsented);
        Assert.Equal("Statutory duty to refer", sent.ConsentOverrideReason);
        Assert.Equal("Statutory duty to refer", Assert.Single(inbox!).ConsentOverrideReason);
        Assert.Equal("Statutory duty to refer", one!.ConsentOverrideReason);
    }
}
