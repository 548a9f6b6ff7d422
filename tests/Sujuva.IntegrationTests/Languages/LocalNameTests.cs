using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Languages;

/// <summary>Names entered in Finnish, Swedish and English show in the reader's language, else in Finnish.</summary>
public sealed class LocalNameTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Board_NamesInThreeLanguages_ShowsTheReadersLanguageAndFinnishWhereMissing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var org = await admin.PostAsJsonAsync("/api/organisations", new { name = "Koulutuskeskus" }, Ct);
        var orgId = (await org.Content.ReadFromJsonAsync<IdDto>(Ct))!.Id;
        var team = await admin.PostAsJsonAsync($"/api/organisations/{orgId}/teams",
            new { name = "Opinto-ohjaus", nameSv = "Studiehandledning", nameEn = "Study guidance" }, Ct);
        var teamId = (await team.Content.ReadFromJsonAsync<IdDto>(Ct))!.Id;
        var created = await admin.PostAsJsonAsync("/api/services", new
        {
            teamId, name = "Ammatillinen koulutus", nameSv = "Yrkesutbildning", nameEn = "Vocational training",
            stages = new object[]
            {
                new { name = "Haku", kind = "Waiting", nameSv = "Ansökan", nameEn = "Application" },
                new { name = "Opinnot", kind = "Working" },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var serviceId = (await created.Content.ReadFromJsonAsync<IdDto>(Ct))!.Id;

        var fi = await BoardAsync(admin, serviceId, "fi");
        var sv = await BoardAsync(admin, serviceId, "sv");
        var en = await BoardAsync(admin, serviceId, "en");

        Assert.Equal(("Ammatillinen koulutus", "Opinto-ohjaus", "Haku", "Opinnot"), fi);
        Assert.Equal(("Yrkesutbildning", "Studiehandledning", "Ansökan", "Opinnot"), sv);
        Assert.Equal(("Vocational training", "Study guidance", "Application", "Opinnot"), en);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task RenameTeam_SwedishAndEnglishNames_AreKeptAndBlankOnesFallBackToFinnish(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var teams = await admin.GetFromJsonAsync<List<AdminTeam>>("/api/admin/teams", Ct);
        var team = teams![0];

        var renamed = await admin.PutAsJsonAsync($"/api/admin/teams/{team.Id}",
            new { name = "Tiimi A", version = team.Version, nameSv = "Team A", nameEn = "  " }, Ct);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var view = await renamed.Content.ReadFromJsonAsync<AdminTeam>(Ct);
        Assert.Equal(("Tiimi A", "Team A", null), (view!.Name, view.NameSv, view.NameEn));
    }

    private static async Task<(string Service, string Team, string First, string Second)> BoardAsync(
        HttpClient client, Guid serviceId, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/services/{serviceId}/board");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        var board = (await response.Content.ReadFromJsonAsync<Board>(Ct))!;
        return (board.ServiceName, board.TeamName, board.Columns[0].Name, board.Columns[1].Name);
    }

    private sealed record Column(string Name);

    private sealed record Board(string ServiceName, string TeamName, List<Column> Columns);

    private sealed record AdminTeam(Guid Id, string Name, string? NameSv, string? NameEn, int Version);
}
