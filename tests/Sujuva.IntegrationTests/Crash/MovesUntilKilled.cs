using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Crash;

/// <summary>A move the app answered 2xx: the case's version and stage it reported after the move.</summary>
public sealed record AcknowledgedMove(Guid CaseId, int Version, Guid StageId);

/// <summary>
/// One writer per case, moving it back and forth as fast as the app answers, until the app stops answering.
/// Only a 2xx with its whole body counts as acknowledged; a move cut off by the kill may or may not be kept.
/// </summary>
public static class MovesUntilKilled
{
    public static Task RunAsync(HttpClient http, IReadOnlyList<CaseDto> cases, Func<CaseDto, Guid> nextStage,
        ConcurrentBag<AcknowledgedMove> acknowledged) =>
        Task.WhenAll(cases.Select(c => Task.Run(() => MoveAsync(http, c, nextStage, acknowledged))));

    private static async Task MoveAsync(HttpClient http, CaseDto start, Func<CaseDto, Guid> nextStage,
        ConcurrentBag<AcknowledgedMove> acknowledged)
    {
        var current = start;
        while (true)
        {
            CaseDto? moved;
            try
            {
                using var response = await http.PostAsJsonAsync($"/api/cases/{current.Id}/moves",
                    new { stageId = nextStage(current), version = current.Version });
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable) continue;  // the admission queue was full
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException(
                        $"move of {current.Id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                moved = await response.Content.ReadFromJsonAsync<CaseDto>();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or JsonException)
            {
                return;  // killed
            }
            current = moved!;
            acknowledged.Add(new(current.Id, current.Version, current.StageId));
        }
    }
}
