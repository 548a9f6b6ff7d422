using System.Text;
using System.Text.Json;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Fuzz;

/// <summary>What both fuzz tests share: who asks, the app's settings, reading a refusal and what it may have changed.</summary>
internal static class Fuzzing
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Many sign-ins and public feedback requests from one address: the rate limits have their own tests.</summary>
    public static readonly Dictionary<string, string> Settings = new(AuthorizationMatrixTests.ManySignIns)
    {
        ["Feedback:PublicRequestsPerMinute"] = "100000",
    };

    /// <summary>Who tries an endpoint: the first, by the matrix, who gets past authorisation and visibility.</summary>
    public static HttpClient AskerFor(Probe probe, Dictionary<Who, HttpClient> clients) =>
        clients[Askers.FirstOrDefault(w => probe.Expected.For(w) is not (401 or 403 or 404),
            // Someone who is let in but whose sample body names what they may not hold (opening a case for another
            // team's client) still has every field checked first.
            Askers.FirstOrDefault(w => probe.Expected.For(w) is not (401 or 403), Who.Anonymous))];

    // Administrators reach most, then those who do the team's work.
    private static readonly Who[] Askers =
        [Who.Administrator, Who.TeamLead, Who.Worker, Who.OtherTeamWorker, Who.Manager, Who.Developer, Who.Anonymous];

    /// <summary>The unchanged request's refusal (if any) and the state after it.</summary>
    public static async Task<(Problem? Refusal, string State)> BaselineAsync(HttpClient asker, string method, string url,
        string? json, Dictionary<Who, HttpClient> clients, MatrixIds ids)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await asker.SendAsync(request, Ct);
        var refusal = (int)response.StatusCode >= 400 ? Refusal(await response.Content.ReadAsStringAsync(Ct)) : null;
        return (refusal, await StateAsync(clients, ids));
    }

    /// <summary>What a refusal can touch, read back: the event log's end, the case, services with their stages and versions, users.</summary>
    public static async Task<string> StateAsync(Dictionary<Who, HttpClient> clients, MatrixIds ids)
    {
        var admin = clients[Who.Administrator];
        return string.Join('\n', await Given.LastEventIdAsync(admin),
            await clients[Who.Worker].GetStringAsync($"/api/cases/{ids.Case}", Ct),
            await admin.GetStringAsync("/api/admin/services", Ct),
            await admin.GetStringAsync("/api/admin/organisations", Ct),
            await admin.GetStringAsync("/api/admin/teams", Ct));
    }

    public static Problem? Refusal(string text)
    {
        try
        {
            var root = JsonDocument.Parse(text).RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out _)) return null;
            var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
            var fields = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? string.Join(',', e.EnumerateObject().Select(p => p.Name)) : "";
            return new Problem(code, fields);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// "stages[0].kind" is named by itself, by "kind" (a missing property) or by "stages[0]" (the item); "scope" is
    /// also named by "scope.kind" (the object sent lacks a property it requires).
    /// </summary>
    public static bool Names(string named, string field) =>
        string.Equals(named, field, StringComparison.OrdinalIgnoreCase)
        || string.Equals(named, field.Split('.')[^1], StringComparison.OrdinalIgnoreCase)
        || field.StartsWith(named + "[", StringComparison.OrdinalIgnoreCase)
        || field.StartsWith(named + ".", StringComparison.OrdinalIgnoreCase)
        || named.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase)
        || named.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase);

    public static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal);

    public static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>A problem's code and the fields its errors name, comma-separated.</summary>
    public sealed record Problem(string? Code, string Fields);
}
