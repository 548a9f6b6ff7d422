using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class PairCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_TeamMember_RecordsEventWithTheChangeAndShowsBothOnTheCard(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var version = await AssignAsync(coach, @case.Id, await UserIdAsync(coach), @case.Version);
        var lead = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var before = await Given.LastEventIdAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = lead, version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paired = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(lead, paired.GetProperty("pairId").GetGuid());
        Assert.Equal(version + 1, paired.GetProperty("version").GetInt32());
        var recorded = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.Equal("CasePaired", recorded.Type);
        Assert.Equal(lead, recorded.Payload.GetProperty("workerId").GetGuid());
        var card = await CardAsync(coach, service.Id, @case.Id);
        Assert.Equal("Eero Esihenkilö", card.GetProperty("pairName").GetString());
        Assert.Equal(lead, card.GetProperty("pairId").GetGuid());
        Assert.Equal(version + 1, card.GetProperty("version").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_Null_ClearsThePairAndRecordsIt(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var version = await AssignAsync(coach, @case.Id, await UserIdAsync(coach), @case.Version);
        var lead = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var first = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = lead, version }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = await Given.LastEventIdAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = (Guid?)null, version = version + 1 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cleared = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("pairId").ValueKind);
        var recorded = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.Equal("CaseUnpaired", recorded.Type);
        Assert.Equal(lead, recorded.Payload.GetProperty("workerId").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await CardAsync(coach, service.Id, @case.Id)).GetProperty("pairName").ValueKind);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_StaleVersion_Returns409AndRecordsNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var version = await AssignAsync(coach, @case.Id, await UserIdAsync(coach), @case.Version);
        var lead = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var before = await Given.LastEventIdAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = lead, version = version - 1 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty((await Given.EventsAfterAsync(coach, before)).Events);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_WorkerOfAnotherTeam_Returns422NamingPairId(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var version = await AssignAsync(coach, @case.Id, await UserIdAsync(coach), @case.Version);
        var instructor = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Instructor));

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = instructor, version }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal("Cases.PairNotInTeam", problem.Code);
        Assert.Contains("pairId", problem.Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_TheAssigneeOrWithoutAssignee_Returns422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var me = await UserIdAsync(coach);

        var unassigned = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = me, version = @case.Version }, Ct);
        var version = await AssignAsync(coach, @case.Id, me, @case.Version);
        var self = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = me, version }, Ct);

        Assert.Equal("Cases.PairWithoutAssignee", (await Given.ProblemAsync(unassigned)).Code);
        Assert.Equal("Cases.PairIsAssignee", (await Given.ProblemAsync(self)).Code);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_UserOutsideTheTeam_Returns403OrNotFound(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var version = await AssignAsync(coach, @case.Id, await UserIdAsync(coach), @case.Version);
        var lead = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var body = new { pairId = lead, version };

        // A manager sees every case but works for no team; another team's worker does not see it.
        var manager = await (await app.SignInAsync(FixtureNetwork.Manager)).PostAsJsonAsync($"/api/cases/{@case.Id}/pair", body, Ct);
        var instructor = await (await app.SignInAsync(FixtureNetwork.Instructor)).PostAsJsonAsync($"/api/cases/{@case.Id}/pair", body, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, instructor.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pair_MalformedPairId_Returns400NamingTheField(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/pair", new { pairId = "not-a-guid", version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pairId", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    private static async Task<int> AssignAsync(HttpClient client, Guid caseId, Guid worker, int version)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/assign", new { workerId = worker, version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32();
    }

    private static async Task<JsonElement> CardAsync(HttpClient client, Guid serviceId, Guid caseId)
    {
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/services/{serviceId}/board", Ct);
        return board.GetProperty("columns").EnumerateArray().SelectMany(c => c.GetProperty("cards").EnumerateArray())
            .Single(c => c.GetProperty("caseId").GetGuid() == caseId);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();
}
