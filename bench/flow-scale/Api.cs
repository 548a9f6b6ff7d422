using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Sujuva.Bench.FlowScale;

public sealed record Service(Guid Id, Guid TeamId, string Name);
public sealed record Card(Guid CaseId, int Version);
public sealed record Column(Guid StageId, string Name, List<Card> Cards);
public sealed record Board(Guid ServiceId, List<Column> Columns);

/// <summary>The calls the bench makes, as any API client would.</summary>
public static class Api
{
    /// <summary>The body of a GET that must succeed (pages are read with the same bearer token as the API).</summary>
    public static async Task<string> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
