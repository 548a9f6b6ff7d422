using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class NetworkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CreateNetwork_Administrator_CreatesOrganisationTeamAndServiceWithBoard(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);

        var org = await admin.PostAsJsonAsync("/api/organisations",
            new { name = "Koulutuskeskus", nameSv = "Utbildningscentret", nameEn = "Training centre" }, Ct);
        var orgId = (await org.Content.ReadFromJsonAsync<IdDto>(Ct))!.Id;
        var team = await admin.PostAsJsonAsync($"/api/organisations/{orgId}/teams", new { name = "Opinto-ohjaus" }, Ct);
        var teamId = (await team.Content.ReadFromJsonAsync<IdDto>(Ct))!.Id;
        var service = await admin.PostAsJsonAsync("/api/services", new
        {
            teamId, name = "Ammatillinen koulutus",
            stages = new object[]
            {
                new { name = "Haku", kind = "Waiting" },
                new { name = "Opinnot", kind = "Working", wipLimit = 20 },
            },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, org.StatusCode);
        Assert.Equal(HttpStatusCode.Created, team.StatusCode);
        Assert.Equal(HttpStatusCode.Created, service.StatusCode);
        var created = await service.Content.ReadFromJsonAsync<ServiceDto>(Ct);
        Assert.Equal(orgId, created!.OrganisationId);
        Assert.Equal([null, 20], created.Stages.Select(s => s.WipLimit));
        Assert.Contains(await admin.GetFromJsonAsync<List<IdDto>>("/api/organisations", Ct) ?? [], o => o.Id == orgId);
        Assert.Contains(await admin.GetFromJsonAsync<List<IdDto>>("/api/teams", Ct) ?? [], t => t.Id == teamId);
        var fetched = await admin.GetFromJsonAsync<ServiceDto>($"/api/services/{created.Id}", Ct);
        Assert.Equal("Opinnot", fetched!.Stages[1].Name);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CreateService_StageWithoutName_Returns400NamingTheStage(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coaching = await Given.ServiceAsync(admin, FixtureNetwork.CoachingService);

        var response = await admin.PostAsJsonAsync("/api/services", new
        {
            teamId = coaching.TeamId, name = "Uusi", stages = new object[] { new { name = "", kind = "Waiting" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("stages[0].name", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CreateOrganisation_Worker_Returns403(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.PostAsJsonAsync("/api/organisations", new { name = "Oma" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ArchiveService_Administrator_HidesItButKeepsItsCases(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coaching = await Given.ServiceAsync(admin, FixtureNetwork.CoachingService);

        var version = (await Auth.AdminSteps.ServiceAsync(admin, FixtureNetwork.CoachingService)).Version;

        var response = await admin.PostAsJsonAsync($"/api/admin/services/{coaching.Id}/archive", new { version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = await admin.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct);
        Assert.DoesNotContain(listed!, s => s.Id == coaching.Id);
        var board = await Given.BoardAsync(admin, coaching.Id);
        Assert.Equal(3, board.Columns.Sum(c => c.Count));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetBoard_Coach_ShowsOpenCasesPerStageInOrder(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var board = await Given.BoardAsync(coach, coaching.Id);

        Assert.Equal(["Vastaanotto", "Valmennus", "Seuranta"], board.Columns.Select(c => c.Name));
        Assert.Equal([1, 2, 0], board.Columns.Select(c => c.Count));
        Assert.All(board.Columns.SelectMany(c => c.Cards), card => Assert.StartsWith("C-", card.ClientPseudonym, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetService_Unknown_Returns404(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.GetAsync($"/api/services/{Guid.NewGuid()}/board", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("serviceId", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    private sealed record IdDto(Guid Id);
}
