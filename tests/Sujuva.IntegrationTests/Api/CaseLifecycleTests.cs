using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class CaseLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenCase_RegisteredClient_Returns201InFirstStage(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var client = await (await coach.PostAsJsonAsync("/api/clients",
            new { firstName = "Saara", lastName = "Laine" }, Ct)).Content.ReadFromJsonAsync<ClientDto>(Ct);

        var response = await coach.PostAsJsonAsync("/api/cases", new { clientId = client!.Id, serviceId = service.Id }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var opened = await response.Content.ReadFromJsonAsync<CaseDto>(Ct);
        Assert.Equal(service.Stages[0].Id, opened!.StageId);
        Assert.Equal(client.Pseudonym, opened.ClientPseudonym);
        Assert.Equal(1, opened.Version);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task BlockAndUnblock_OpenCase_RecordsReasonAndClearsIt(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var blocked = await (await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "WaitingForDecision", note = "Waiting for housing decision", version = @case.Version }, Ct)).Content.ReadFromJsonAsync<CaseDto>(Ct);
        var again = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "Other", version = blocked!.Version }, Ct);
        var unblocked = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/unblock", new { version = blocked.Version }, Ct);

        Assert.Equal("WaitingForDecision", blocked.BlockedReason);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unblocked.StatusCode);
        Assert.Null((await unblocked.Content.ReadFromJsonAsync<CaseDto>(Ct))!.BlockedReason);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Block_EmptyReason_Returns400NamingReason(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = " ", version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CloseAndReopen_OpenCase_ClosesWithOutcomeThenReopensInFirstStage(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);

        var closed = await (await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/close",
            new { outcome = "Employed", version = @case.Version }, Ct)).Content.ReadFromJsonAsync<CaseDto>(Ct);
        var moveClosed = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id, version = closed!.Version }, Ct);
        var reopened = await (await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/reopen",
            new { version = closed.Version, reason = "NeedReturned" }, Ct)).Content.ReadFromJsonAsync<CaseDto>(Ct);

        Assert.NotNull(closed.ClosedAt);
        Assert.Equal("Employed", closed.Outcome);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, moveClosed.StatusCode);
        Assert.Null(reopened!.ClosedAt);
        Assert.Equal(service.Stages[0].Id, reopened.StageId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Close_UnknownOutcome_Returns400NamingOutcome(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/close",
            new { outcome = "Vanished", version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outcome", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task LogWork_OpenCase_Returns201AndListsIt(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/work", new { minutes = 45 }, Ct);
        var tooMuch = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/work", new { minutes = 5000 }, Ct);
        var logs = await coach.GetFromJsonAsync<List<WorkLogDto>>($"/api/cases/{@case.Id}/work", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Equal(45, Assert.Single(logs!).Minutes);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task GetCase_Visible_Returns200WithPseudonymOnly(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var json = await coach.GetStringAsync($"/api/cases/{@case.Id}", Ct);

        Assert.StartsWith("C-", @case.ClientPseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain("Virtanen", json, StringComparison.Ordinal);
    }

    private sealed record ClientDto(Guid Id, string Pseudonym);

    private sealed record WorkLogDto(Guid Id, Guid CaseId, Guid UserId, int Minutes, DateTime At);
}
