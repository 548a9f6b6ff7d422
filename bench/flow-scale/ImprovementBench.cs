using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Sujuva.Bench.FlowScale;

/// <summary>
/// An experiment on one service measured over the whole simulated history (two years with BENCH_MONTHS=24): four
/// measures (lead time as the outcome, queue time, throughput and CSAT), one PDSA cycle started a year ago. The
/// bench creates it through the API as a Lean coach would, then times its charts and its page.
/// </summary>
public static class ImprovementBench
{
    public static async Task<(string Id, IReadOnlyList<(string Kind, string Id)> Measures)> CreateAsync(
        HttpClient manager, Guid serviceId, DateOnly measuredFrom, DateOnly changeDate)
    {
        var created = await OkAsync(await manager.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title = $"Bench: the service's clients wait long ({DateTime.UtcNow:O})",
            scope = new { kind = "Service", serviceId }, measuredFrom,
            measures = new object[]
            {
                new { kind = "LeadTime", role = "Outcome" }, new { kind = "QueueTime", role = "Process" },
                new { kind = "Throughput", role = "Process" }, new { kind = "Csat", role = "Balancing" },
            },
        }));
        var id = created["id"]!.GetValue<string>();
        var planned = await OkAsync(await manager.PostAsJsonAsync($"/api/improvements/{id}/cycles", new
        {
            change = "Shared intake meeting twice a week", changeDate, version = created["version"]!.GetValue<int>(),
        }));
        await OkAsync(await manager.PostAsJsonAsync($"/api/improvements/{id}/cycles/1/start", new { version = planned["version"]!.GetValue<int>() }));
        var measures = created["measures"]!.AsArray().Select(m => (m!["kind"]!.GetValue<string>(), m["id"]!.GetValue<string>())).ToList();
        return (id, measures);
    }

    /// <summary>The points of a chart and how many closed cases they stand on (weekly medians: the sum of n).</summary>
    public static async Task<(int Points, int Cases)> SizeAsync(HttpClient http, string path)
    {
        var chart = JsonNode.Parse(await Api.GetAsync(http, path))!;
        var points = chart["points"]!.AsArray();
        return (points.Count, points.Sum(p => p!["n"]?.GetValue<int>() ?? 0));
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
