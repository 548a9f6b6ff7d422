using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Every API endpoint the app maps, asked by every role, another team's worker and nobody (AuthorizationMatrixData.cs).</summary>
public sealed class AuthorizationMatrixTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Many sign-ins from one address: the matrix is about authorisation, not the rate limit.</summary>
    public static readonly Dictionary<string, string> ManySignIns = new() { ["Security:SignInPermitLimit"] = "10000" };

    [Fact]
    public async Task Matrix_CoversEveryApiEndpoint_NoEndpointWithoutAnEntry()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);

        var mapped = ApiEndpoints(app.Services);
        var listed = AuthorizationMatrix.Probes.Select(p => p.Key).ToHashSet();

        var missing = mapped.Except(listed).Order().ToList();
        var stale = listed.Except(mapped).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints without an entry in AuthorizationMatrixData.cs:\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "Entries for endpoints the app no longer maps:\n" + string.Join('\n', stale));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Matrix_EveryEndpointAndAsker_GetsTheExpectedStatus(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: ManySignIns);
        var (clients, ids) = await MatrixSetup.ArrangeAsync(app);

        var wrong = new List<string>();
        foreach (var probe in AuthorizationMatrix.Probes)
        {
            foreach (var who in MatrixSetup.Order)
            {
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url(ids));
                if (probe.Body(ids) is { } body) request.Content = JsonContent.Create(body);
                using var response = await clients[who].SendAsync(request, Ct);
                var expected = probe.Expected.For(who);
                if ((int)response.StatusCode != expected)
                    wrong.Add($"{probe.Key} as {who}: expected {expected}, got {(int)response.StatusCode} " +
                        await response.Content.ReadAsStringAsync(Ct));
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>Seeing a case is not working for its team: the manager who sees it is told why it is refused, and nothing changes.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CaseWork_ManagerWhoSeesTheCase_Gets403NotYourTeamAndTheCaseStays(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);

        var response = await manager.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = service.Stages[2].Id, version = @case.Version }, Ct);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cases.NotYourTeam", (await Given.ProblemAsync(response)).Code);
        var now = await Given.CaseAsync(manager, @case.Id);
        Assert.Equal((@case.StageId, @case.Version), (now.StageId, now.Version));
    }

    /// <summary>"METHOD pattern" of every endpoint under /api, as the routing table has it.</summary>
    public static HashSet<string> ApiEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
}
