using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Demo;

/// <summary>
/// The default demo, seeded on first start, is large enough, its event log is consistent, and it has assignees, feedback,
/// pulse, and the remote coaching team's year of coaching programmes with its switch to remote sessions.
/// </summary>
public sealed class DemoNetworkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task FirstStart_DefaultDemo_SeedsAYearOfConsistentHistory(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");

        var organisations = await manager.GetFromJsonAsync<List<IdDto>>("/api/organisations", Ct);
        var services = await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct);
        var events = await AllEventsAsync(manager);

        Assert.True(organisations!.Count >= 4, $"{organisations.Count} organisations");
        Assert.True(services!.Count >= 8, $"{services.Count} services");
        Assert.True(events.Count >= 100_000, $"{events.Count} events");
        Assert.True(events.Count(e => e.Type == "ClientRegistered") >= 2_000);
        Assert.True((events.Max(e => e.At) - events.Min(e => e.At)).TotalDays >= 360);
        Assert.Empty(EventLogConsistency.Violations(events, services));
        var health = await app.Anonymous().GetFromJsonAsync<HealthDto>("/health", Ct);
        Assert.Equal(0, health!.CaseEvents!.Disagreeing);
        Assert.True(health.CaseEvents.Cases >= 2_000, $"{health.CaseEvents.Cases} cases checked at start");
        await DemoExtrasChecks.AssigneesAreTeamMembersAsync(manager, events, services);
        await DemoExtrasChecks.FeedbackIsBoundToServiceEventsAsync(manager, events, services);
        await DemoExtrasChecks.PulseShowsGroupsOfFiveAsync(manager, events.Max(e => e.At));
        await DemoProgrammeChecks.TellTheSwitchToRemoteAsync(app, manager, events);
    }

    private static async Task<List<EventDto>> AllEventsAsync(HttpClient client)
    {
        var all = new List<EventDto>();
        long? cursor = 0;
        while (cursor is { } after)
        {
            var page = await Given.EventsAfterAsync(client, after);
            all.AddRange(page.Events);
            cursor = page.Next;
        }
        return all;
    }

    private sealed record IdDto(Guid Id);
}
