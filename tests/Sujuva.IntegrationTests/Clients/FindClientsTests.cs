using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Clients;

/// <summary>Finding a client: only among those the user may read, each hit an audited read.</summary>
public sealed class FindClientsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_ByIdentityCode_FindsTheClientWithTheirCaseAndAuditsOneRead(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);

        var hit = Assert.Single(await ClientIntakeGiven.SearchAsync(coach, "010185-123b"));

        Assert.Equal((saara.Id, "Saara", "Salo", new DateOnly(1985, 1, 1)), (hit.ClientId, hit.FirstName, hit.LastName, hit.BirthDate));
        Assert.Equal(saara.CaseId, Assert.Single(hit.Cases).CaseId);
        var read = Assert.Single(await AccessGiven.ReadsOfAsync(admin, saara.Id));
        Assert.Equal(["FirstName", "LastName", "BirthDate"], read.Fields);
        Assert.Equal(("POST /api/clients/search", saara.CaseId), (read.Source, read.CaseId));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_ByPartOfName_FindsEveryMatchingClientOfTheTeam(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var hits = await ClientIntakeGiven.SearchAsync(coach, "MÄKI");
        var both = await ClientIntakeGiven.SearchAsync(coach, "ville virt");

        Assert.Equal("Pekka Mäkinen", $"{Assert.Single(hits).FirstName} {hits[0].LastName}");
        Assert.Equal("Virtanen", Assert.Single(both).LastName);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_ClientOfAnotherTeam_FindsNothingAndAuditsNothing(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);

        Assert.Empty(await ClientIntakeGiven.SearchAsync(instructor, "Salo"));
        Assert.Empty(await ClientIntakeGiven.SearchAsync(instructor, ClientIntakeGiven.Code1985));
        Assert.Empty(await ClientIntakeGiven.SearchAsync(manager, "Salo"));
        Assert.Empty((await AccessGiven.AuditAsync(admin, $"&clientId={saara.Id}")).Entries);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_OneCharacter_Returns400NamingQuery(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.PostAsJsonAsync("/api/clients/search", new { query = "S" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query", (await Given.ProblemAsync(response)).Errors.Keys);
    }
}
