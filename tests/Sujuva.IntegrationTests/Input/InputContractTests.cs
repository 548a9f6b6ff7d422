using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Input;

/// <summary>Hostile values the probe of issue 12 found answered with 500 or stored: each a 400 naming the field, nothing stored.</summary>
public sealed class InputContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task StageKind_UnknownNumber_Returns400NamingKindOnEveryStageEndpoint(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var service = await Given.ServiceAsync(admin, FixtureNetwork.CoachingService);
        var before = await Given.LastEventIdAsync(admin);

        foreach (var kind in new[] { -1, 99 })
        {
            await AssertBadFieldAsync(await admin.PostAsJsonAsync("/api/services", new
            {
                teamId = service.TeamId, name = "Uusi", stages = new object[] { new { name = "Jono", kind } },
            }, Ct), "stages[0].kind", "Input.UnknownValue");
            await AssertBadFieldAsync(await admin.PostAsJsonAsync($"/api/admin/services/{service.Id}/stages",
                new { name = "Uusi", kind, wipLimit = (int?)null, version = 0 }, Ct), "kind", "Input.UnknownValue");
            await AssertBadFieldAsync(await admin.PutAsJsonAsync($"/api/admin/services/{service.Id}/stages/{service.Stages[0].Id}",
                new { name = "Uusi", kind, wipLimit = (int?)null, version = 0 }, Ct), "kind", "Input.UnknownValue");
        }

        Assert.Equal(before, await Given.LastEventIdAsync(admin));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NullListItems_Return400NamingTheItem(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: AuthorizationMatrixTests.ManySignIns);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var service = await Given.ServiceAsync(admin, FixtureNetwork.CoachingService);
        var users = await admin.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/admin/users", Ct);
        var user = users![0].GetProperty("id").GetGuid();

        await AssertBadFieldAsync(await admin.PostAsJsonAsync("/api/services",
            new { teamId = service.TeamId, name = "Uusi", stages = new object?[] { null } }, Ct), "stages[0]", "Input.Required");
        await AssertBadFieldAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "uusi@demo.sujuva.fi", displayName = "Uusi", password = FixtureNetwork.Password,
            roles = new string?[] { null }, teamIds = Array.Empty<Guid>(),
        }, Ct), "roles[0]", "Input.Required");
        await AssertBadFieldAsync(await admin.PutAsJsonAsync($"/api/admin/users/{user}/roles",
            new { roles = new string?[] { "Worker", null }, version = "x" }, Ct), "roles[1]", "Input.Required");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Text_OverlongOrControlCharacters_Returns400NamingTheFieldAndStoresNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var before = await Given.LastEventIdAsync(coach);
        var megabyte = new string('x', 1 << 20);

        await AssertBadFieldAsync(await coach.PostAsJsonAsync("/api/clients",
            new { firstName = megabyte, lastName = "Virtanen" }, Ct), "firstName", "Input.TooLong");
        await AssertBadFieldAsync(await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Ville", lastName = "Virtanen", identityCode = "010190-123\u0000" }, Ct), "identityCode", "Input.BadCharacter");
        await AssertBadFieldAsync(await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Ville\nVirtanen", lastName = "Virtanen" }, Ct), "firstName", "Input.BadCharacter");
        await AssertBadFieldAsync(await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "WaitingForDecision", note = megabyte, version = @case.Version }, Ct), "note", "Input.TooLong");
        await AssertBadFieldAsync(await coach.PostAsJsonAsync("/api/referrals", new
        {
            fromCaseId = @case.Id, toServiceId = @case.ServiceId, reason = "Syy\u001b[31m", clientConsented = true,
        }, Ct), "reason", "Input.BadCharacter");

        Assert.Equal(before, await Given.LastEventIdAsync(coach));
        Assert.Equal(@case.Version, (await Given.CaseAsync(coach, @case.Id)).Version);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Text_MultilineNote_KeepsLineBreaks(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "WaitingForDecision", note = "Odottaa\nlausuntoa", version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Odottaa\\nlausuntoa", await coach.GetStringAsync($"/api/cases/{@case.Id}/notes", Ct), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PeriodDates_BeyondTheWindow_Return400NamingTheField(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var service = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);

        foreach (var day in new[] { "0001-01-01", "9999-12-31" })
        {
            foreach (var url in new[]
            {
                $"/api/metrics/flow?to={day}", $"/api/metrics/flow/dashboard?to={day}", $"/api/exports/eventlog?format=csv&to={day}",
                $"/api/services/{service.Id}/feedback?to={day}", $"/api/services/{service.Id}/feedback/export?to={day}",
            })
            {
                await AssertBadFieldAsync(await lead.GetAsync(url, Ct), "to", null);
            }
            await AssertBadFieldAsync(await lead.GetAsync($"/api/metrics/flow?from={day}&to=2026-01-31", Ct), "from", null);
        }
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0A%2Fevil.example")]
    public async Task CultureSwitch_ReturnUrlWithControlCharacters_Returns400NamingReturnUrl(string returnUrl)
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);

        var response = await app.Anonymous().GetAsync($"/culture/fi?returnUrl={returnUrl}", Ct);

        await AssertBadFieldAsync(response, "returnUrl", "Input.BadCharacter");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PathId_Malformed_Returns400NamingTheParameter(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        await AssertBadFieldAsync(await coach.PostAsJsonAsync("/api/cases/not-a-guid/moves",
            new { stageId = Guid.NewGuid(), version = 1 }, Ct), "caseId", null);
        await AssertBadFieldAsync(await coach.GetAsync("/api/services/123/board", Ct), "serviceId", null);
    }

    internal static async Task AssertBadFieldAsync(HttpResponseMessage response, string field, string? code)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        var problem = System.Text.Json.JsonSerializer.Deserialize<ProblemDto>(body, System.Text.Json.JsonSerializerOptions.Web)!;
        Assert.True(problem.Errors.ContainsKey(field), $"{field} not named in {body}");
        if (code is not null) Assert.Equal(code, problem.Code);
    }
}
