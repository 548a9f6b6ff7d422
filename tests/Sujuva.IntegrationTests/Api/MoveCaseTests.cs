using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class MoveCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_FreeStage_MovesAndBumpsVersion(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = followUp, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await response.Content.ReadFromJsonAsync<CaseDto>(Ct);
        Assert.Equal(followUp, moved!.StageId);
        Assert.Equal(@case.Version + 1, moved.Version);
    }

    /// <summary>PostgreSQL writes a move in one statement of its own; the event must carry what EF would have saved.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_FreeStage_LogsEveryFieldOfTheMove(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;
        var before = await Given.LastEventIdAsync(coach);
        var opened = (await Given.EventsAfterAsync(coach, 0)).Events.Single(e => e.Type == "CaseOpened" && e.CaseId == @case.Id);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = followUp, version = @case.Version }, Ct);

        var moved = await response.Content.ReadFromJsonAsync<CaseDto>(Ct);
        var logged = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.Equal(("CaseMoved", @case.Id, followUp, service.Id, @case.OrganisationId, @case.ClientPseudonym, opened.ActorId),
            (logged.Type, logged.CaseId, logged.StageId, logged.ServiceId, logged.OrganisationId, logged.ClientPseudonym, logged.ActorId));
        Assert.Equal(@case.StageId, logged.Payload.GetProperty("fromStageId").GetGuid());
        Assert.Equal(moved!.EnteredStageAt, logged.At, TimeSpan.FromMilliseconds(1));
        var stored = await Given.CaseAsync(coach, @case.Id);
        Assert.Equal((followUp, @case.Version + 1), (stored.StageId, stored.Version));
        Assert.Equal(moved.EnteredStageAt, stored.EnteredStageAt, TimeSpan.FromMilliseconds(1));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_StageAtWipLimit_Returns422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, fullStage) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = fullStage, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Equal("Cases.WipLimitReached", problem.Code);
        Assert.Contains("stageId", problem.Errors.Keys);
        Assert.Equal(@case.Version, (await Given.CaseAsync(coach, @case.Id)).Version);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_FullStageWithOverrideReason_MovesAndRecordsReason(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, fullStage) = await Given.CaseBesideFullStageAsync(coach);
        var before = await Given.LastEventIdAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = fullStage, version = @case.Version, overrideReason = "Urgent: housing deadline" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = Assert.Single((await Given.EventsAfterAsync(coach, before)).Events);
        Assert.Equal("CaseMoved", moved.Type);
        // The event says the limit was passed; the reason is a note beside the case (need-to-know).
        Assert.True(moved.Payload.GetProperty("wipOverride").GetBoolean());
        Assert.False(moved.Payload.TryGetProperty("wipOverrideReason", out _));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_StaleVersion_Returns409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = followUp, version = @case.Version - 1 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("version", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_StageIdNotAGuid_Returns400NamingStageId(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = "not-a-guid", version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("stageId", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_VersionMissing_Returns400NamingVersion(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Given.ProblemAsync(response);
        Assert.Contains("version", problem.Errors.Keys);
        Assert.DoesNotContain("   at ", problem.Detail ?? "", StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_UnknownCase_Returns404(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var response = await coach.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/moves",
            new { stageId = Guid.NewGuid(), version = 1 }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("caseId", (await Given.ProblemAsync(response)).Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_OtherTeamsCase_Returns404(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await instructor.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
