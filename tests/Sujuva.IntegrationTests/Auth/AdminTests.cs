using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Administration: users with roles and teams, renames and archiving, board stages; stale versions get 409.</summary>
public sealed class AdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CreateUser_WithRoleAndTeam_SignsInWithTheInitialPasswordAndSeesTheTeam(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coaching = await Given.ServiceAsync(admin, FixtureNetwork.CoachingService);

        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = FixtureNetwork.Email("newcoach"), displayName = "Uusi Valmentaja", password = FixtureNetwork.Password,
            roles = new[] { "Worker" }, teamIds = new[] { coaching.TeamId },
        }, Ct);
        var duplicate = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = FixtureNetwork.Email("newcoach"), displayName = "Toinen", password = FixtureNetwork.Password,
            roles = new[] { "Worker" }, teamIds = Array.Empty<Guid>(),
        }, Ct);
        var badRole = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = FixtureNetwork.Email("other"), displayName = "Toinen", password = FixtureNetwork.Password,
            roles = new[] { "Boss" }, teamIds = Array.Empty<Guid>(),
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("Admin.UnknownRole", (await Given.ProblemAsync(badRole)).Code);
        var newcoach = await app.SignInAsync("newcoach");
        var board = await Given.BoardAsync(newcoach, coaching.Id);
        Assert.Equal(3, board.Columns.Sum(c => c.Count));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SetRoles_WithStaleVersion_Returns409AndKeepsTheFirstEdit(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coach = await AdminSteps.UserAsync(admin, FixtureNetwork.Email(FixtureNetwork.Coach));

        var first = await admin.PutAsJsonAsync($"/api/admin/users/{coach.Id}/roles",
            new { roles = new[] { "TeamLead" }, version = coach.Version }, Ct);
        var second = await admin.PutAsJsonAsync($"/api/admin/users/{coach.Id}/roles",
            new { roles = new[] { "Developer" }, version = coach.Version }, Ct);
        var teams = await admin.PutAsJsonAsync($"/api/admin/users/{coach.Id}/teams",
            new { teamIds = Array.Empty<Guid>(), version = coach.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, teams.StatusCode);
        Assert.Equal(["TeamLead"], (await AdminSteps.UserAsync(admin, coach.Email)).Roles);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task RenameTeam_TwoAdministratorsFromOneVersion_SecondGets409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var team = (await admin.GetFromJsonAsync<List<AdminTeamDto>>("/api/admin/teams", Ct))!.First();

        var first = await admin.PutAsJsonAsync($"/api/admin/teams/{team.Id}", new { name = "Tiimi A", version = team.Version }, Ct);
        var second = await admin.PutAsJsonAsync($"/api/admin/teams/{team.Id}", new { name = "Tiimi B", version = team.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("EditConflict", (await Given.ProblemAsync(second)).Code);
        Assert.Contains(await admin.GetFromJsonAsync<List<AdminTeamDto>>("/api/admin/teams", Ct) ?? [], t => t.Name == "Tiimi A");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stages_AddChangeReorderArchive_BoardFollowsAndArchivedStageIsHidden(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var s = await AdminSteps.ServiceAsync(admin, FixtureNetwork.CoachingService);
        var url = $"/api/admin/services/{s.Id}";

        var added = await Read(await admin.PostAsJsonAsync($"{url}/stages", new { name = "Jälkihoito", kind = "Working", wipLimit = 4, version = s.Version }, Ct));
        var newStage = added.Stages[^1];
        var changed = await Read(await admin.PutAsJsonAsync($"{url}/stages/{newStage.Id}", new { name = "Jälkiseuranta", kind = "Waiting", wipLimit = 5, version = added.Version }, Ct));
        var order = changed.Stages.Select(x => x.Id).Reverse().ToArray();
        var reordered = await Read(await admin.PutAsJsonAsync($"{url}/stage-order", new { stageIds = order, version = changed.Version }, Ct));
        var busy = await admin.PostAsJsonAsync($"{url}/stages/{s.Stages[1].Id}/archive", new { version = reordered.Version }, Ct);
        var archived = await Read(await admin.PostAsJsonAsync($"{url}/stages/{newStage.Id}/archive", new { version = reordered.Version }, Ct));
        var stale = await admin.PutAsJsonAsync(url, new { name = "Valmennus 2", version = s.Version }, Ct);

        Assert.Equal(("Jälkiseuranta", "Waiting", (int?)5), (changed.Stages[^1].Name, changed.Stages[^1].Kind, changed.Stages[^1].WipLimit));
        Assert.Equal(order, reordered.Stages.Select(x => x.Id));
        Assert.Equal("Boards.StageHasCases", (await Given.ProblemAsync(busy)).Code);
        Assert.DoesNotContain(archived.Stages, x => x.Id == newStage.Id);
        var board = await Given.BoardAsync(admin, s.Id);
        Assert.Equal(s.Stages.Select(x => x.Id).Reverse(), board.Columns.Select(c => c.StageId));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ArchiveOrganisation_WithServices_Refused_ThenArchivedWhenEmptyAndHidden(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var all = (await admin.GetFromJsonAsync<List<AdminOrganisationDto>>("/api/admin/organisations", Ct))!;
        var created = await (await admin.PostAsJsonAsync("/api/organisations", new { name = "Tyhjä" }, Ct)).Content.ReadFromJsonAsync<IdDto>(Ct);

        var busy = await admin.PostAsJsonAsync($"/api/admin/organisations/{all[0].Id}/archive", new { version = all[0].Version }, Ct);
        var archived = await admin.PostAsJsonAsync($"/api/admin/organisations/{created!.Id}/archive", new { version = 0 }, Ct);

        Assert.Equal("Organisations.HasServices", (await Given.ProblemAsync(busy)).Code);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.DoesNotContain(await admin.GetFromJsonAsync<List<IdDto>>("/api/organisations", Ct) ?? [], o => o.Id == created.Id);
    }

    private static async Task<AdminServiceDto> Read(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<AdminServiceDto>(Ct))!;
    }
}
