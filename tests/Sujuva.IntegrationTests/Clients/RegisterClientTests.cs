using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Clients;

/// <summary>Taking a client in: the identity code is checked, a registered code is not registered twice.</summary>
public sealed class RegisterClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Register_ValidCodeAndService_DerivesBirthDateAndOpensCaseInFirstStage(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        // As typed: lower case and spaces around are normalised.
        var response = await coach.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Saara", lastName = "Salo", identityCode = " 010185-123b ", municipality = "Joensuu",
            phone = "+358401234567", language = "sv", serviceId = coaching.Id,
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredDto>(Ct))!;
        var opened = await Given.CaseAsync(coach, registered.CaseId!.Value);
        Assert.Equal((registered.Id, coaching.Stages[0].Id), (opened.ClientId, opened.StageId));
        var data = await coach.GetFromJsonAsync<ClientDataDto>($"/api/clients/{registered.Id}", Ct);
        Assert.Equal((new DateOnly(1985, 1, 1), "010185-123B", "sv"), (data!.BirthDate, data.IdentityCode, data.Language));
    }

    public static TheoryData<string, string, string> InvalidCodes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in new[] { Databases.Sqlite, Databases.Postgres })
        {
            data.Add(provider, "010185-123C", "Clients.IdentityCode.CheckCharacter");
            data.Add(provider, "010185*123B", "Clients.IdentityCode.CenturySign");
            data.Add(provider, "310285-123B", "Clients.IdentityCode.Date");
            data.Add(provider, "0101851234", "Clients.IdentityCode.Format");
        }
        return data;
    }

    [Theory, MemberData(nameof(InvalidCodes))]
    public async Task Register_InvalidCode_Returns400NamingIdentityCodeAndRegistersNobody(string provider, string code, string expected)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var before = await Given.LastEventIdAsync(manager);

        var response = await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Saara", lastName = "Salo", identityCode = code }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal(expected, problem.Code);
        Assert.Contains("identityCode", problem.Errors.Keys);
        Assert.Empty((await Given.EventsAfterAsync(manager, before)).Events);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Register_BirthDateDisagreeingWithCode_Returns400NamingBirthDate(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Saara", lastName = "Salo", identityCode = ClientIntakeGiven.Code1985, birthDate = "1985-01-02",
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("birthDate", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Register_CodeRegisteredAlready_Returns409NamingIdentityCode(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        await ClientIntakeGiven.SaaraInCoachingAsync(coach);

        var again = await instructor.PostAsJsonAsync("/api/clients",
            new { firstName = "Saara", lastName = "Salo", identityCode = "010185-123b" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await Given.ProblemAsync(again);
        Assert.Equal("Clients.AlreadyRegistered", problem.Code);
        Assert.Contains("identityCode", problem.Errors.Keys);
        Assert.DoesNotContain("Saara", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Register_SameCodeFourTimesAtOnce_RegistersOneClientAndAnswersTheOthers409(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);

        // Each may pass the check before another saves: the unique index decides, and the losers hear 409, not 500.
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? coach : instructor)
            .PostAsJsonAsync("/api/clients", new { firstName = "Saara", lastName = "Salo", identityCode = ClientIntakeGiven.Code1985 }, Ct)));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            answers.Select(a => a.StatusCode).Order());
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("Clients.AlreadyRegistered", (await Given.ProblemAsync(conflict)).Code);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DuplicateCheck_ClientOfOwnTeam_NamesThemAndAuditsTheRead(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);

        var duplicate = await ClientIntakeGiven.CheckAsync(lead, ClientIntakeGiven.Code1985);

        Assert.Equal((true, saara.Id, "Saara Salo"), (duplicate.Registered, duplicate.ClientId, duplicate.Name));
        var read = Assert.Single(await AccessGiven.ReadsOfAsync(admin, saara.Id));
        Assert.Equal((await AccessGiven.IdOfAsync(lead), saara.CaseId), (read.UserId!.Value, read.CaseId));
        Assert.Equal(["FirstName", "LastName", "IdentityCode"], read.Fields);
        Assert.Equal("POST /api/clients/duplicate-check", read.Source);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DuplicateCheck_ClientOfAnotherTeam_SaysRegisteredWithoutNameAndAuditsTheLookup(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);

        var response = await instructor.PostAsJsonAsync("/api/clients/duplicate-check",
            new { identityCode = ClientIntakeGiven.Code1985 }, Ct);
        var duplicate = await response.Content.ReadFromJsonAsync<DuplicateCheckBody>(Ct);

        Assert.Equal((true, null, null, null), (duplicate!.Registered, duplicate.ClientId, duplicate.Pseudonym, duplicate.Name));
        Assert.DoesNotContain("Salo", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await AccessGiven.ReadsOfAsync(admin, saara.Id));
        var lookup = Assert.Single((await AccessGiven.AuditAsync(admin, $"&clientId={saara.Id}")).Entries,
            e => e.Kind == "IdentityCodeLookup");
        Assert.Equal(await AccessGiven.IdOfAsync(instructor), lookup.UserId);
        Assert.Equal(["IdentityCode"], lookup.Fields);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DuplicateCheck_UnregisteredCode_SaysNotRegisteredAndAuditsNothing(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var before = (await AccessGiven.AuditAsync(admin)).Total;

        var duplicate = await ClientIntakeGiven.CheckAsync(coach, ClientIntakeGiven.Code1990);

        Assert.False(duplicate.Registered);
        Assert.Equal(before, (await AccessGiven.AuditAsync(admin)).Total);
    }

    private sealed record DuplicateCheckBody(bool Registered, Guid? ClientId, string? Pseudonym, string? Name);
}
