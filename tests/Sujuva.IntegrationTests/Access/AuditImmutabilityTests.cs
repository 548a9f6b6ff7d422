using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

public sealed class AuditImmutabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AuditRoutes_PutPatchDelete_RefusedAndRowsUnchanged(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        await AccessGiven.ReadClientAsync(coach, @case.ClientId);
        var before = await AccessGiven.AuditAsync(admin);
        var id = before.Entries[0].Id;

        var statuses = new List<HttpStatusCode>();
        foreach (var route in new[] { "/api/audit", $"/api/audit/{id}", $"/api/clients/{@case.ClientId}/access-report" })
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            using var request = new HttpRequestMessage(method, route) { Content = JsonContent.Create(new { detail = "x" }) };
            statuses.Add((await admin.SendAsync(request, Ct)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound }));
        var after = await AccessGiven.AuditAsync(admin);
        Assert.Equal(JsonSerializer.Serialize(before.Entries), JsonSerializer.Serialize(after.Entries));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AuditLog_NotAdministrator_Returns403Or401(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);

        foreach (var key in new[] { FixtureNetwork.Coach, FixtureNetwork.Lead, FixtureNetwork.Manager })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(key)).GetAsync("/api/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/audit", Ct)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AuditLog_FiltersAndPaging_NewestFirst(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        for (var i = 0; i < 3; i++) await AccessGiven.ReadClientAsync(coach, @case.ClientId);
        var from = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1).ToString("O");

        var page = await admin.GetFromJsonAsync<AuditPageDto>(
            $"/api/audit?clientId={@case.ClientId}&from={Uri.EscapeDataString(from)}&page=2&pageSize=2", Ct);
        var bad = await admin.GetAsync("/api/audit?pageSize=0", Ct);

        Assert.Equal(3, page!.Total);
        var oldest = Assert.Single(page.Entries);
        Assert.Equal(page.Entries.Min(e => e.Id), oldest.Id);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
