using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

/// <summary>Every read of personal data writes exactly one entry per client shown, with who, when, what, where and why.</summary>
public sealed class AuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_Granted_WritesOneEntryWithReaderFieldsAddressAndReason(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var readAt = app.Clock.GetUtcNow().UtcDateTime;

        await AccessGiven.ReadClientAsync(coach, @case.ClientId);

        var entry = Assert.Single(await AccessGiven.ReadsOfAsync(admin, @case.ClientId));
        Assert.Equal(await AccessGiven.IdOfAsync(coach), entry.UserId);
        Assert.Equal(["FirstName", "LastName", "BirthDate", "IdentityCode", "Municipality", "Phone", "Email", "Language"], entry.Fields);
        Assert.Equal(@case.Id, entry.CaseId);
        Assert.Null(entry.ReferralId);
        Assert.Equal(AccessSetup.ClientAddress.ToString(), entry.Ip);
        Assert.Equal("GET /api/clients/{clientId}", entry.Source);
        Assert.InRange(entry.At, readAt, readAt.AddSeconds(1));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetClient_NotGranted_WritesNothing(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);

        await AccessGiven.ReadClientAsync(await app.SignInAsync(FixtureNetwork.Instructor), @case.ClientId);
        await AccessGiven.ReadClientAsync(admin, @case.ClientId);

        Assert.Empty(await AccessGiven.ReadsOfAsync(admin, @case.ClientId));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ServiceClients_ThreeOpenCases_OneEntryPerClientShown(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var shown = (await coach.GetFromJsonAsync<List<ServiceClientDto>>($"/api/services/{coaching.Id}/clients", Ct))!;
        var hidden = await (await app.SignInAsync(FixtureNetwork.Instructor))
            .GetFromJsonAsync<List<ServiceClientDto>>($"/api/services/{coaching.Id}/clients", Ct);

        Assert.Equal(["Korhonen", "Mäkinen", "Virtanen"], shown.Select(c => c.LastName));
        Assert.Empty(hidden!);
        var reads = (await AccessGiven.AuditAsync(admin)).Entries.Where(e => e.Kind == "PersonalDataRead").ToList();
        Assert.Equal(shown.Select(c => c.ClientId).Order(), reads.Select(r => r.ClientId!.Value).Order());
        Assert.All(reads, r => Assert.Equal(["FirstName", "LastName"], r.Fields));
        Assert.All(reads, r => Assert.Equal(shown.Single(c => c.ClientId == r.ClientId).CaseId, r.CaseId));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task AccessReport_AfterReads_ListsReaderFieldsAndReason(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        await AccessGiven.ReadClientAsync(coach, @case.ClientId);
        await coach.GetAsync($"/api/services/{@case.ServiceId}/clients", Ct);

        var report = await admin.GetFromJsonAsync<AccessReportDto>($"/api/clients/{@case.ClientId}/access-report", Ct);
        var coachReport = await coach.GetAsync($"/api/clients/{@case.ClientId}/access-report", Ct);

        Assert.Equal(@case.ClientPseudonym, report!.Pseudonym);
        Assert.Equal(2, report.Reads.Count);
        Assert.All(report.Reads, r => Assert.Equal("Aino Valmentaja", r.UserName));
        Assert.All(report.Reads, r => Assert.Equal(FixtureNetwork.CoachingService, r.CaseService));
        Assert.Equal(8, report.Reads[0].Fields.Count); // ClientFields.All, the service language included
        Assert.Equal(["FirstName", "LastName"], report.Reads[1].Fields);
        Assert.Equal(HttpStatusCode.Forbidden, coachReport.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task SignIn_RightAndWrongPassword_AuditedWithTheAccount(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var wrong = await app.Anonymous().PostAsJsonAsync("/api/auth/login",
            new { email = FixtureNetwork.Email(FixtureNetwork.Coach), password = "not-it" }, Ct);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coachId = await AccessGiven.IdOfAsync(coach);

        var entries = (await AccessGiven.AuditAsync(admin, $"&userId={coachId}")).Entries;

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Single(entries, e => e.Kind == "SignIn");
        var failed = Assert.Single(entries, e => e.Kind == "FailedSignIn");
        Assert.Equal("WrongPassword", failed.Detail);
        Assert.Equal(AccessSetup.ClientAddress.ToString(), failed.Ip);
    }
}
