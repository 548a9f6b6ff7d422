using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Improvements;

/// <summary>Improvements made through the API, as a Lean coach or manager would.</summary>
public static class ImprovementGiven
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An experiment on a service with queue time as its outcome and effort as a balancing measure.</summary>
    public static async Task<ImprovementDto> ExperimentAsync(HttpClient client, Guid serviceId, DateOnly measuredFrom,
        string title = "Asiakkaat odottavat arviointia liian kauan")
    {
        var response = await client.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title, aim = "Jonotusaika alle 20 päivän",
            scope = new { kind = "Service", serviceId }, measuredFrom,
            measures = new object[] { new { kind = "QueueTime", role = "Outcome", target = 20.0 }, new { kind = "Effort", role = "Balancing" } },
        }, Ct);
        return await OkAsync(response, HttpStatusCode.Created);
    }

    public static async Task<ImprovementDto> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonSerializer.Deserialize<ImprovementDto>(body, System.Text.Json.JsonSerializerOptions.Web)!;
    }

    public static async Task<ImprovementDto> GetAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<ImprovementDto>($"/api/improvements/{id}", Ct))!;
}
