using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

public sealed class EventCursorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A reader following the log by cursor while others write must see every event exactly once.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Events_FollowedByCursorDuringConcurrentMoves_MissesNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var (intake, followUp) = (service.Stages[0].Id, service.Stages[2].Id);
        var start = await Given.LastEventIdAsync(manager);
        var clients = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var client = await (await coach.PostAsJsonAsync("/api/clients", new { firstName = "F", lastName = $"L{i}" }, Ct))
                .Content.ReadFromJsonAsync<IdDto>(Ct);
            clients.Add(client!.Id);
        }
        var opened = new List<CaseDto>();
        foreach (var id in clients)
            opened.Add((await (await coach.PostAsJsonAsync("/api/cases", new { clientId = id, serviceId = service.Id }, Ct))
                .Content.ReadFromJsonAsync<CaseDto>(Ct))!);

        using var writing = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var writers = opened.Select(c => Task.Run(async () =>
        {
            var current = c;
            while (!writing.IsCancellationRequested)
            {
                var target = current.StageId == intake ? followUp : intake;
                var response = await coach.PostAsJsonAsync($"/api/cases/{current.Id}/moves",
                    new { stageId = target, version = current.Version }, Ct);
                current = (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!;
            }
        }, Ct)).ToList();
        var followed = new List<long>();
        var cursor = start;
        while (writers.Any(w => !w.IsCompleted))
        {
            var page = await Given.EventsAfterAsync(manager, cursor);
            followed.AddRange(page.Events.Select(e => e.Id));
            if (page.Events.Count > 0) cursor = page.Events[^1].Id;
        }
        await Task.WhenAll(writers);
        followed.AddRange((await Given.EventsAfterAsync(manager, cursor)).Events.Select(e => e.Id));

        // More than one page is written in the three seconds on a fast provider: read them all.
        var all = await Given.AllEventIdsAfterAsync(manager, start);
        Assert.True(all.Count > 50, $"only {all.Count} events written");
        Assert.Equal(all, followed);
    }

    private sealed record IdDto(Guid Id);
}
