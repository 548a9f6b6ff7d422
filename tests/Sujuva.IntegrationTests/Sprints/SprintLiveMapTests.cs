using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>
/// The sprint's map from the live value stream: the service's stages in board order, each with the figure the flow
/// dashboard's value stream shows for the same service and period, and the period named.
/// </summary>
public sealed class SprintLiveMapTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task LiveMap_StagesInBoardOrder_WithTheDashboardsFigures(string provider)
    {
        var team = await ArtefactTeam.StartAsync(provider);
        await using var app = team.App;
        // The fixture's cases have waited in their stages for three days.
        app.Clock.Advance(TimeSpan.FromDays(3));
        var decider = await app.SignInAsync(FixtureNetwork.Manager);
        const string period = "from=2026-02-20&to=2026-03-10";

        var map = await SprintGiven.OkAsync(await decider.GetAsync($"/api/sprints/{team.SprintId}/map/live?{period}", Ct));
        var dashboard = await SprintGiven.OkAsync(await decider.GetAsync(
            $"/api/metrics/flow/dashboard?scope=service&id={team.Service.Id}&{period}", Ct));

        var steps = map.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(team.Service.Stages.OrderBy(s => s.Position).Select(s => s.Id), steps.Select(s => s.GetProperty("stageId").GetGuid()));
        Assert.Equal(("2026-02-20", "2026-03-10"), (map.GetProperty("from").GetString(), map.GetProperty("to").GetString()));
        var shown = dashboard.GetProperty("valueStream").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("cases").GetInt32() > 0)
            .ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("leadTimeDays").GetDouble());
        Assert.NotEmpty(shown);
        foreach (var step in steps)
        {
            var stage = team.Service.Stages.Single(s => s.Id == step.GetProperty("stageId").GetGuid()).Name;
            Assert.True(step.GetProperty("figuresShown").GetBoolean());
            Assert.Equal<double?>(shown.TryGetValue(stage, out var days) ? days : null,
                step.GetProperty("stageDays").ValueKind == JsonValueKind.Null ? null : step.GetProperty("stageDays").GetDouble());
        }
        Assert.Contains(steps, s => s.GetProperty("stageDays").ValueKind == JsonValueKind.Number && s.GetProperty("stageDays").GetDouble() >= 3);
    }
}
