using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Both requests carry the same version; only one may win, and only its event is logged.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_TwoConcurrentMovesOfOneCase_ExactlyOneWinsOtherGets409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        for (var round = 0; round < 10; round++)
        {
            var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
            var before = await Given.LastEventIdAsync(manager);
            var target = service.Stages[2].Id;

            var responses = await Task.WhenAll(
                coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = target, version = @case.Version }, Ct),
                lead.PostAsJsonAsync($"/api/cases/{@case.Id}/moves", new { stageId = target, version = @case.Version }, Ct));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
            var appended = (await Given.EventsAfterAsync(manager, before)).Events;
            var moved = Assert.Single(appended);
            Assert.Equal(("CaseMoved", @case.Id), (moved.Type, moved.CaseId!.Value));
            var now = await Given.CaseAsync(coach, @case.Id);
            Assert.Equal(@case.Version + 1, now.Version);
            await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
                new { stageId = @case.StageId, version = now.Version }, Ct);
        }
    }

    /// <summary>Two cases race for the last place in a stage with a WIP limit of 1: one moves, one is refused.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_TwoCasesRaceForLastPlace_OneMovesOtherGets422(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var rehab = await Given.ServiceAsync(instructor, FixtureNetwork.RehabService);
        var (queue, assessment) = (rehab.Stages[0].Id, rehab.Stages[1].Id);
        var (first, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var cases = new List<CaseDto>();
        for (var i = 0; i < 2; i++)
            cases.Add((await (await instructor.PostAsJsonAsync("/api/cases", new { clientId = first.ClientId, serviceId = rehab.Id }, Ct))
                .Content.ReadFromJsonAsync<CaseDto>(Ct))!);

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(cases.Select(c => instructor.PostAsJsonAsync(
                $"/api/cases/{c.Id}/moves", new { stageId = assessment, version = c.Version }, Ct)));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.UnprocessableEntity);
            var board = await Given.BoardAsync(instructor, rehab.Id);
            Assert.Equal(1, board.Columns.Single(c => c.StageId == assessment).Count);
            var winner = await Given.CaseAsync(instructor, board.Columns.Single(c => c.StageId == assessment).Cards[0].CaseId);
            await instructor.PostAsJsonAsync($"/api/cases/{winner.Id}/moves", new { stageId = queue, version = winner.Version }, Ct);
            cases = [.. await Task.WhenAll(cases.Select(c => Given.CaseAsync(instructor, c.Id)))];
        }
    }
}
