using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.IntegrationTests.Sprints;

/// <summary>Sprints made through the API for the sprint tests.</summary>
public static class SprintGiven
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("id").GetGuid();

    /// <summary>Four whole days from Monday 2 March 2026, 9 o'clock.</summary>
    public static object[] FourDays() =>
        [.. Enumerable.Range(1, 4).Select(d => new { day = d, half = 0, date = new DateOnly(2026, 3, 1 + d), start = "09:00" })];

    /// <summary>The four days in eight half-day sessions, one a weekday from Monday 2 March 2026.</summary>
    public static object[] EightHalves() =>
        [.. Enumerable.Range(0, 8).Select(i => new { day = i / 2 + 1, half = i % 2 + 1, date = new DateOnly(2026, 3, 2).AddDays(i + i / 5 * 2), start = "12:30" })];

    public static async Task<JsonElement> CreateAsync(HttpClient client, Guid decider, Guid facilitator, Guid[] participants,
        Guid[] services, string mode = "InPerson", object[]? sessions = null)
    {
        var response = await client.PostAsJsonAsync("/api/sprints", new
        {
            challenge = "Miten asiakas pääsee valmennukseen ilman jonoa?", deciderId = decider, facilitatorId = facilitator,
            mode, participants, serviceIds = services, sessions = sessions ?? FourDays(),
        }, Ct);
        return await OkAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
