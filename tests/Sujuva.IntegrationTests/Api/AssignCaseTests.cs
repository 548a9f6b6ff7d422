using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class AssignCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assign_TeamMember_RecordsEventAndShowsOnTheBoard(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var lead = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Lead));
        var before = await Given.LastEventIdAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/assign", new { workerId = lead, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assigned = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(lead, assigned.GetProperty("assigneeId").GetGuid());
        Assert.Equal(@case.Version + 1, assigned.GetProperty("version").GetInt32());
        var recorded = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.Equal("CaseAssigned", recorded.Type);
        Assert.Equal(lead, recorded.Payload.GetProperty("workerId").GetGuid());
        var board = await coach.GetFromJsonAsync<JsonElement>($"/api/services/{service.Id}/board", Ct);
        var card = board.GetProperty("columns").EnumerateArray().SelectMany(c => c.GetProperty("cards").EnumerateArray())
            .Single(c => c.GetProperty("caseId").GetGuid() == @case.Id);
        Assert.Equal("Eero Esihenkilö", card.GetProperty("assigneeName").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assign_Null_UnassignsTheCase(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var me = await UserIdAsync(coach);
        var first = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/assign", new { workerId = me, version = @case.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/assign",
            new { workerId = (Guid?)null, version = @case.Version + 1 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unassigned = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(JsonValueKind.Null, unassigned.GetProperty("assigneeId").ValueKind);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assign_WorkerOfAnotherTeam_Returns422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var instructor = await UserIdAsync(await app.SignInAsync(FixtureNetwork.Instructor));

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/assign", new { workerId = instructor, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal("Cases.AssigneeNotInTeam", problem.Code);
        Assert.Contains("workerId", problem.Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assign_StaleVersion_Returns409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/assign",
            new { workerId = await UserIdAsync(coach), version = @case.Version - 1 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Assign_CaseOfAnotherTeamOrAnonymous_Returns404Or401(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var body = new { workerId = (Guid?)null, version = @case.Version };

        var other = await instructor.PostAsJsonAsync($"/api/cases/{@case.Id}/assign", body, Ct);
        var anonymous = await app.Anonymous().PostAsJsonAsync($"/api/cases/{@case.Id}/assign", body, Ct);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();
}
