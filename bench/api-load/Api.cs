using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.Bench.ApiLoad;

public sealed record Stage(Guid Id, string Name);
public sealed record Service(Guid Id, List<Stage> Stages);
public sealed record CaseView(Guid Id, Guid StageId, int Version);
public sealed record Event(long Id, string Type, Guid? CaseId);
public sealed record EventPage(List<Event> Events, long? Next);
public sealed record ClientView(Guid Id);

/// <summary>The calls the bench makes, as any API client would.</summary>
public static class Api
{
    public static async Task<T> PostAsync<T>(HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>
    /// An administrator creates a service of the team of <paramref name="member"/> (a team lead or worker,
    /// who alone may then work its cases), with two stages and no WIP limit, so moves never hit a rule.
    /// </summary>
    public static async Task<Service> CreateServiceAsync(HttpClient admin, HttpClient member, string name)
    {
        var me = (await member.GetFromJsonAsync<Me>("/api/auth/me"))!;
        return await PostAsync<Service>(admin, "/api/services", new
        {
            teamId = me.Teams[0], name,
            stages = new object[] { new { name = "A", kind = "Waiting" }, new { name = "B", kind = "Working" } },
        });
    }

    public static async Task<List<CaseView>> OpenCasesAsync(HttpClient http, Guid serviceId, int count)
    {
        var cases = new List<CaseView>();
        for (var i = 0; i < count; i++)
        {
            var client = await PostAsync<ClientView>(http, "/api/clients", new { firstName = "Bench", lastName = $"Client {i}" });
            cases.Add(await PostAsync<CaseView>(http, "/api/cases", new { clientId = client.Id, serviceId }));
        }
        return cases;
    }

    public static async Task<long> LastEventIdAsync(HttpClient http)
    {
        long last = 0;
        await foreach (var e in EventsAfterAsync(http, 0)) last = e.Id;
        return last;
    }

    public static async IAsyncEnumerable<Event> EventsAfterAsync(HttpClient http, long after)
    {
        long? cursor = after;
        while (cursor is { } c)
        {
            var page = (await http.GetFromJsonAsync<EventPage>($"/api/events?after={c}&limit=5000"))!;
            foreach (var e in page.Events) yield return e;
            cursor = page.Next;
        }
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
