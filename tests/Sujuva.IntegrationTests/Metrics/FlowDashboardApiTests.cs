using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Metrics;

public sealed class FlowDashboardApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dashboard_ServiceAndNetwork_CarryTheFlowFiguresOfTheSamePeriod(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        const string Period = "from=2026-01-01&to=2026-12-31";

        var service = await GetAsync(coach, $"/api/metrics/flow/dashboard?scope=service&id={coaching.Id}&{Period}");
        var network = await GetAsync(manager, $"/api/metrics/flow/dashboard?{Period}");
        var flow = await GetAsync(coach, $"/api/metrics/flow?serviceId={coaching.Id}&{Period}");

        var current = service.GetProperty("current");
        Assert.Equal(flow.GetProperty("closed").GetInt32(), current.GetProperty("closed").GetInt32());
        Assert.Equal(flow.GetProperty("open").GetInt32(), current.GetProperty("open").GetInt32());
        Assert.Equal(current.GetProperty("closed").GetInt32(), service.GetProperty("closed").GetArrayLength());
        Assert.Equal(365, network.GetProperty("cumulativeFlow").GetArrayLength());
        Assert.True(network.GetProperty("current").GetProperty("open").GetInt32() >= current.GetProperty("open").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dashboard_OtherTeamsServiceOrBadScope_ReturnsProblem(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var otherTeams = await instructor.GetAsync($"/api/metrics/flow/dashboard?scope=service&id={coaching.Id}", Ct);
        var badScope = await coach.GetAsync("/api/metrics/flow/dashboard?scope=galaxy", Ct);
        var reversed = await coach.GetAsync("/api/metrics/flow/dashboard?from=2026-03-02&to=2026-03-01", Ct);

        Assert.Equal(HttpStatusCode.NotFound, otherTeams.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
