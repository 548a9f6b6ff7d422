using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Sujuva.Bench.FlowScale;

/// <summary>
/// "A change on a board shows in the dashboard within N s": a team lead moves a case on their board,
/// then the manager's flow figures of that service are read until the work in progress per stage changes.
/// </summary>
public static class Freshness
{
    public static async Task<TimeSpan> MeasureAsync(HttpClient lead, HttpClient manager)
    {
        var me = (await lead.GetFromJsonAsync<Me>("/api/auth/me"))!;
        var services = (await lead.GetFromJsonAsync<List<Service>>("/api/services"))!;
        var service = services.First(s => me.Teams.Contains(s.TeamId));
        var board = (await lead.GetFromJsonAsync<Board>($"/api/services/{service.Id}/board"))!;
        var from = board.Columns.First(c => c.Cards.Count > 0);
        var to = board.Columns.First(c => c.StageId != from.StageId && c.Name != from.Name);
        var card = from.Cards[0];
        var path = $"/api/metrics/flow?serviceId={service.Id}";
        var before = WipPerStage(await Api.GetAsync(manager, path));

        var moved = await lead.PostAsJsonAsync($"/api/cases/{card.CaseId}/moves",
            new { stageId = to.StageId, version = card.Version, overrideReason = "Flow scale bench" });
        if (!moved.IsSuccessStatusCode)
            throw new InvalidOperationException($"move: {(int)moved.StatusCode} {await moved.Content.ReadAsStringAsync()}");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (WipPerStage(await Api.GetAsync(manager, path)) != before) return clock.Elapsed;
            await Task.Delay(50);
        }
        throw new InvalidOperationException("The move did not show in the dashboard within 60 s.");
    }

    private static string WipPerStage(string json) => JsonNode.Parse(json)!["wipPerStage"]!.ToJsonString();
}
