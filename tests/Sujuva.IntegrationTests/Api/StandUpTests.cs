using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class StandUpTests
{
    private const string EmploymentTeam = "Työllisyystiimi";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUp_TeamLead_SeesWipBlockedAndTodaysChanges(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(lead);
        var blocked = await lead.PostAsJsonAsync($"/api/cases/{@case.Id}/block", new { reason = "WaitingForDecision", note = "Housing decision", version = @case.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);

        var response = await lead.GetAsync($"/api/teams/{await TeamIdAsync(lead)}/standup", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var coaching = view.GetProperty("wip").EnumerateArray().Single().GetProperty("stages").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Valmennus");
        Assert.Equal(2, coaching.GetProperty("count").GetInt32());
        Assert.Equal(2, coaching.GetProperty("wipLimit").GetInt32());
        var block = Assert.Single(view.GetProperty("blocked").EnumerateArray());
        Assert.Equal("WaitingForDecision", block.GetProperty("detail").GetString());
        Assert.Equal(0, block.GetProperty("days").GetInt32());
        var change = view.GetProperty("changes").EnumerateArray().First();
        Assert.Equal("CaseBlocked", change.GetProperty("kind").GetString());
        Assert.Equal(@case.ClientPseudonym, change.GetProperty("clientPseudonym").GetString());
        Assert.Equal(5, view.GetProperty("noMovementDays").GetInt32());
        // The fixture's cases were opened in January 2026 and have not moved since.
        Assert.Equal(3, view.GetProperty("notMoved").GetArrayLength());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUp_ByRole_MembersAndNetworkRolesSeeItOthersGet404(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var url = $"/api/teams/{await TeamIdAsync(lead)}/standup";

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(FixtureNetwork.Coach)).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(FixtureNetwork.Manager)).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(FixtureNetwork.Admin)).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(FixtureNetwork.Instructor)).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/teams/{Guid.NewGuid()}/standup", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url, Ct)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StandUp_DaysOutOfRange_Returns400NamingDays(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);

        var response = await lead.GetAsync($"/api/teams/{await TeamIdAsync(lead)}/standup?days=0", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal("StandUp.DaysOutOfRange", problem.Code);
        Assert.Contains("days", problem.Errors.Keys);
    }

    private static async Task<Guid> TeamIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/teams", Ct)).EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == EmploymentTeam).GetProperty("id").GetGuid();
}
