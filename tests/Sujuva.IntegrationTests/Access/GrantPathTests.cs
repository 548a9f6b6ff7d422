using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

/// <summary>
/// Every way a team comes to read a client (its registration, its case, an accepted referral) tried from
/// the outside by a team that has none of them: knowing the client's id, a declined referral or an old
/// closed case must not open the way (docs/decisions/0006).
/// </summary>
public sealed class GrantPathTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenCase_ForeignClientById_Returns404AndNoPersonalData(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);

        var opened = await instructor.PostAsJsonAsync("/api/cases", new { clientId = @case.ClientId, serviceId = rehab.Id }, Ct);
        var unknown = await instructor.PostAsJsonAsync("/api/cases", new { clientId = Guid.NewGuid(), serviceId = rehab.Id }, Ct);
        var (read, _) = await AccessGiven.ReadClientAsync(instructor, @case.ClientId);

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        // The same answer as for a client that does not exist, so the refusal does not confirm the client.
        var (foreign, missing) = (await Given.ProblemAsync(opened), await Given.ProblemAsync(unknown));
        Assert.Equal("clientId", Assert.Single(foreign.Errors).Key);
        Assert.Equal((missing.Status, missing.Code, missing.Detail), (foreign.Status, foreign.Code, foreign.Detail));
        Assert.Equal(HttpStatusCode.NotFound, read);
        Assert.DoesNotContain(CardsOf(await Given.BoardAsync(instructor, rehab.Id)), c => c.ClientPseudonym == @case.ClientPseudonym);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DeclinedReferral_AcceptOrOpenCaseAfterwards_RefusedAndNoPersonalData(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var referral = await AccessGiven.ReferToRehabAsync(coach, @case.Id);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        var declined = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/decline",
            new { reason = "Capacity", version = referral.Version }, Ct);

        var accepted = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept",
            new { version = referral.Version + 1 }, Ct);
        var opened = await instructor.PostAsJsonAsync("/api/cases", new { clientId = @case.ClientId, serviceId = rehab.Id }, Ct);
        var (read, _) = await AccessGiven.ReadClientAsync(instructor, @case.ClientId);

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accepted.StatusCode);
        Assert.Equal("Referrals.AlreadyDecided", (await Given.ProblemAsync(accepted)).Code);
        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenCase_ClientMyTeamRegistered_CreatedButNotForAnotherTeam(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        var client = await RegisterAsync(coach);

        var byOtherTeam = await instructor.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId = rehab.Id }, Ct);
        var byTeamLead = await lead.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId = coaching.Id }, Ct);
        var (coachRead, _) = await AccessGiven.ReadClientAsync(coach, client);
        var (instructorRead, _) = await AccessGiven.ReadClientAsync(instructor, client);

        Assert.Equal(HttpStatusCode.NotFound, byOtherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byTeamLead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coachRead);
        Assert.Equal(HttpStatusCode.NotFound, instructorRead);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenCase_AcceptedReferralsTeam_MayOpenAnotherCaseWhileItHoldsTheClient(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var referral = await AccessGiven.ReferToRehabAsync(coach, @case.Id);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        var accepted = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new { version = referral.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var opened = await instructor.PostAsJsonAsync("/api/cases", new { clientId = @case.ClientId, serviceId = rehab.Id }, Ct);

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reopen_ClosedPastGrace_Refused422AndNoPersonalData(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        await AccessGiven.CloseAsync(coach, @case.Id);
        app.Clock.Advance(TimeSpan.FromDays(31));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var closed = await Given.CaseAsync(coach, @case.Id);

        var reopened = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/reopen", new { version = closed.Version, reason = "NeedReturned" }, Ct);
        var openedAgain = await coach.PostAsJsonAsync("/api/cases",
            new { clientId = @case.ClientId, serviceId = @case.ServiceId }, Ct);
        var (read, _) = await AccessGiven.ReadClientAsync(coach, @case.ClientId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reopened.StatusCode);
        Assert.Equal("Cases.GraceOver", (await Given.ProblemAsync(reopened)).Code);
        Assert.Equal(HttpStatusCode.NotFound, openedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reopen_WithinGrace_Reopens(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        await AccessGiven.CloseAsync(coach, @case.Id);
        app.Clock.Advance(TimeSpan.FromDays(29));
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        var closed = await Given.CaseAsync(coach, @case.Id);

        var reopened = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/reopen", new { version = closed.Version, reason = "NeedReturned" }, Ct);

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ServiceClients_OtherTeamsService_ListsOnlyCasesTheCaseApiShows(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        // The client has two cases in Coaching; only the first is referred on to Rehab and accepted there.
        var client = await RegisterAsync(coach);
        var referred = await OpenAsync(coach, client, coaching.Id);
        var other = await OpenAsync(coach, client, coaching.Id);
        var referral = await AccessGiven.ReferToRehabAsync(coach, referred);
        var accepted = await instructor.PostAsJsonAsync($"/api/referrals/{referral.Id}/accept", new { version = referral.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var listed = await instructor.GetFromJsonAsync<List<ServiceClientDto>>($"/api/services/{coaching.Id}/clients", Ct);
        var single = await instructor.GetAsync($"/api/cases/{other}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
        Assert.DoesNotContain(listed!, v => v.CaseId == other);
        foreach (var view in listed!)
            Assert.Equal(HttpStatusCode.OK, (await instructor.GetAsync($"/api/cases/{view.CaseId}", Ct)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUpAndBoard_OtherTeam_NoCaseOrTextOfForeignClient(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        await instructor.PostAsJsonAsync("/api/cases", new { clientId = @case.ClientId, serviceId = rehab.Id }, Ct);

        var standUp = await instructor.GetStringAsync($"/api/teams/{rehab.TeamId}/standup", Ct);
        var board = await Given.BoardAsync(instructor, rehab.Id);

        Assert.DoesNotContain(@case.ClientPseudonym, standUp, StringComparison.Ordinal);
        Assert.DoesNotContain(CardsOf(board), c => c.ClientPseudonym == @case.ClientPseudonym);
    }

    private static IEnumerable<CardDto> CardsOf(BoardDto board) => board.Columns.SelectMany(c => c.Cards);

    private static async Task<Guid> RegisterAsync(HttpClient worker)
    {
        var response = await worker.PostAsJsonAsync("/api/clients", new { firstName = "Outi", lastName = "Oksanen" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PersonalDto>(Ct))!.Id;
    }

    private static async Task<Guid> OpenAsync(HttpClient worker, Guid client, Guid service)
    {
        var response = await worker.PostAsJsonAsync("/api/cases", new { clientId = client, serviceId = service }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!.Id;
    }
}
