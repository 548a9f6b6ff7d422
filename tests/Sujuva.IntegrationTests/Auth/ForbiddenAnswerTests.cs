using System.Net;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Every role rule is a named policy, and every API request one refuses gets the same 403 problem.</summary>
public sealed class ForbiddenAnswerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Policies_WorkerAsksForTeamFiguresOrAdministration_Gets403ProblemForbiddenNamingRole(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        string[] urls =
        [
            "/api/pulse/results", "/api/exports/eventlog?format=csv", $"/api/services/{coaching.Id}/feedback/export",
            "/api/audit", "/api/admin/users",
        ];
        foreach (var url in urls)
        {
            using var response = await coach.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
            var problem = await Given.ProblemAsync(response);
            Assert.Equal("Forbidden", problem.Code);
            Assert.Contains("role", problem.Errors.Keys);
        }
    }
}
