using System.Net.Http.Json;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>Finds the fixture network's parts through the API, as a client would.</summary>
public sealed class Given(SujuvaApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SujuvaApp App => app;

    public static async Task<ServiceDto> ServiceAsync(HttpClient client, string name)
    {
        var services = await client.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct);
        return services!.Single(s => s.Name == name);
    }

    public static async Task<BoardDto> BoardAsync(HttpClient client, Guid serviceId) =>
        (await client.GetFromJsonAsync<BoardDto>($"/api/services/{serviceId}/board", Ct))!;

    public static async Task<CaseDto> CaseAsync(HttpClient client, Guid caseId) =>
        (await client.GetFromJsonAsync<CaseDto>($"/api/cases/{caseId}", Ct))!;

    /// <summary>The case in Intake, beside the full Coaching stage (WIP limit 2, holding 2).</summary>
    public static async Task<(CaseDto Case, ServiceDto Service, Guid FullStage)> CaseBesideFullStageAsync(HttpClient client)
    {
        var service = await ServiceAsync(client, FixtureNetwork.CoachingService);
        var board = await BoardAsync(client, service.Id);
        var intake = board.Columns.Single(c => c.Name == "Vastaanotto").Cards.Single();
        var full = board.Columns.Single(c => c.Name == "Valmennus").StageId;
        return (await CaseAsync(client, intake.CaseId), service, full);
    }

    public static async Task<EventPageDto> EventsAfterAsync(HttpClient client, long after) =>
        (await client.GetFromJsonAsync<EventPageDto>($"/api/events?after={after}&limit=5000", Ct))!;

    /// <summary>Every event after the cursor, following the pages to the end.</summary>
    public static async Task<List<long>> AllEventIdsAfterAsync(HttpClient client, long after)
    {
        var ids = new List<long>();
        while (true)
        {
            var page = await EventsAfterAsync(client, after);
            ids.AddRange(page.Events.Select(e => e.Id));
            if (page.Events.Count > 0) after = page.Events[^1].Id;
            if (page.Next is null) return ids;
        }
    }

    public static async Task<long> LastEventIdAsync(HttpClient client)
    {
        long last = 0;
        while (true)
        {
            var page = await EventsAfterAsync(client, last);
            if (page.Events.Count > 0) last = page.Events[^1].Id;
            if (page.Next is null) return last;
        }
    }

    public static async Task<ProblemDto> ProblemAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ProblemDto>(Ct))!;
}
