using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Fuzz;

/// <summary>
/// Every mutating endpoint of the OpenAPI document, with hostile values in each field of its body (and a
/// malformed id in each id of its path), asked by someone who gets past authorisation (the matrix's
/// expectations say who): no 5xx, every refusal a problem naming the field (or, past the input contract,
/// a code), and a refusal changes nothing (the event log, the case, the services and users as read back).
/// </summary>
public sealed class ApiFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Who tries an endpoint first: administrators reach most, then those with the team's work.</summary>
    private static readonly Who[] Askers =
        [Who.Administrator, Who.TeamLead, Who.Worker, Who.OtherTeamWorker, Who.Manager, Who.Developer, Who.Anonymous];

    /// <summary>Many sign-ins and public feedback requests from one address: the rate limits have their own tests.</summary>
    private static readonly Dictionary<string, string> Settings = new(AuthorizationMatrixTests.ManySignIns)
    {
        ["Feedback:PublicRequestsPerMinute"] = "100000",
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fuzz_EveryMutatingEndpoint_NoServerErrorEveryRefusalNamesItsFieldAndChangesNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: Settings);
        var (clients, ids) = await MatrixSetup.ArrangeAsync(app);
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        var sent = 0;
        var state = await StateAsync(clients, ids);

        foreach (var (method, pattern, operation) in MutatingOperations(document.RootElement))
        {
            var probe = AuthorizationMatrix.Probes.SingleOrDefault(p => p.Method == method && Same(p.Pattern, pattern));
            if (probe is null) { failures.Add($"{method} {pattern}: no row in AuthorizationMatrixData.cs"); continue; }
            var asker = clients[Askers.FirstOrDefault(w => probe.Expected.For(w) is not (401 or 403 or 404), Who.Anonymous)];
            var url = probe.Url(ids);
            var body = probe.Body(ids) is { } b ? JsonSerializer.SerializeToNode(b, JsonSerializerOptions.Web)!.AsObject() : null;
            // The matrix's bodies are often refused on purpose (a stale version, an empty reason): a mutation that the
            // endpoint takes as valid meets that same refusal, which names the base body's field, not the mutated one.
            var (baseline, baseState) = await BaselineAsync(asker, method, url, body?.ToJsonString(), clients, ids);
            state = baseState;

            foreach (var (field, hostileUrl) in MalformedIds(pattern, url))
            {
                sent++;
                state = await SendAsync(asker, method, hostileUrl, body?.ToJsonString(), field, $"{field} = not-a-guid",
                    null, clients, ids, state, failures);
            }
            if (body is null || !operation.TryGetProperty("requestBody", out var requestBody)) continue;
            var schema = HostileValues.Resolve(requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema"), schemas);
            foreach (var (field, hostile, json) in Mutations(body, schema, schemas))
            {
                sent++;
                state = await SendAsync(asker, method, url, json, field, $"{field} = {hostile.Label}", baseline, clients, ids,
                    state, failures);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {sent} hostile requests in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(sent > 300, $"only {sent} hostile requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join('\n', failures.Take(60)));
    }

    /// <summary>Query values as a careless or hostile client writes them; dates at the ends of DateOnly overflowed periods.</summary>
    private static readonly string[] HostileQueryValues =
    [
        "", "x", "-1", "0", "2147483648", "0001-01-01", "9999-12-31", "2026-02-30", "NoSuchValue", "not-a-guid",
        new string('x', 300), "a%00b", "a%0D%0Ab",
    ];

    /// <summary>Forecast horizons are bounded by their own change (issue 12, defect 3), not by the input contract.</summary>
    private static bool FuzzedByQuery(string pattern) => !pattern.StartsWith("/api/forecasts", StringComparison.Ordinal);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fuzz_EveryQueryParameter_NoServerErrorAndEveryRefusalNamesItsParameter(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: Settings);
        var (clients, ids) = await MatrixSetup.ArrangeAsync(app);
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var failures = new List<string>();
        var sent = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => FuzzedByQuery(p.Name)))
        foreach (var operation in path.Value.EnumerateObject())
        {
            var method = operation.Name.ToUpperInvariant();
            if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
            var probe = AuthorizationMatrix.Probes.SingleOrDefault(p => p.Method == method && Same(p.Pattern, path.Name));
            if (probe is null || probe.Body(ids) is not null) continue;
            var asker = clients[Askers.FirstOrDefault(w => probe.Expected.For(w) is not (401 or 403 or 404), Who.Anonymous)];
            var url = probe.Url(ids);
            var baseline = await BaselineAsync(asker, method, url, null, clients, ids);
            foreach (var name in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => p.GetProperty("name").GetString()!))
            foreach (var value in HostileQueryValues)
            {
                sent++;
                var query = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
                using var response = await asker.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{url}{query}{name}={value}"), Ct);
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(Ct);
                var where = $"{method} {url} {name}={Cut(value)}: {status}";
                if (status >= 500) failures.Add($"{where} {Cut(text)}");
                else if (status == 400 && Refusal(text) is not { } refusal) failures.Add($"{where} is not a problem: {Cut(text)}");
                else if (status == 400 && Refusal(text) is { } named && !named.Fields.Split(',').Any(f => Names(f, name))
                    && named != baseline.Refusal)
                    failures.Add($"{where} names {named.Fields}, not {name}: {Cut(text)}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {sent} hostile query values");
        Assert.True(sent > 100, $"only {sent} hostile query values");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join('\n', failures.Take(60)));
    }

    private static async Task<string> SendAsync(HttpClient asker, string method, string url, string? json, string field,
        string what, Problem? baseline, Dictionary<Who, HttpClient> clients, MatrixIds ids, string state, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await asker.SendAsync(request, Ct);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(Ct);
        var where = $"{method} {url} {what}: {status}";
        if (status >= 500) { failures.Add($"{where} {Cut(text)}"); return state; }
        if (status < 400) return await StateAsync(clients, ids);  // accepted: the change is the new normal

        if (Refusal(text) is not { } refusal) failures.Add($"{where} is not a problem: {Cut(text)}");
        else if (status == 400 && !refusal.Fields.Split(',').Any(f => Names(f, field)) && refusal != baseline)
            failures.Add($"{where} names {refusal.Fields}, not {field}: {Cut(text)}");
        else if (string.IsNullOrEmpty(refusal.Code) || refusal.Fields.Length == 0)
            failures.Add($"{where} without a code and a field: {Cut(text)}");
        var after = await StateAsync(clients, ids);
        if (after != state) failures.Add($"{where} was refused but changed what it touches");
        return after;
    }

    /// <summary>The body with one field replaced by each hostile value; list items and their fields too.</summary>
    private static IEnumerable<(string Field, Hostile Value, string Json)> Mutations(JsonObject body, JsonElement schema, JsonElement schemas)
    {
        if (!schema.TryGetProperty("properties", out var properties)) yield break;
        foreach (var property in properties.EnumerateObject())
        {
            foreach (var hostile in HostileValues.For(property.Value, schemas))
                yield return (property.Name, hostile, With(body, b => Set(b, property.Name, hostile)));
            var items = HostileValues.Resolve(property.Value, schemas);
            if (!items.TryGetProperty("items", out var itemSchema) || body[property.Name] is not JsonArray { Count: > 0 }) continue;
            var item = HostileValues.Resolve(itemSchema, schemas);
            if (item.TryGetProperty("properties", out var itemProperties))
            {
                foreach (var inner in itemProperties.EnumerateObject())
                foreach (var hostile in HostileValues.For(inner.Value, schemas).Where(h => !h.Missing || IsRequired(item, inner.Name)))
                    yield return ($"{property.Name}[0].{inner.Name}", hostile,
                        With(body, b => Set(b[property.Name]![0]!.AsObject(), inner.Name, hostile)));
            }
            else
            {
                foreach (var hostile in HostileValues.For(itemSchema, schemas).Where(h => !h.Missing))
                    yield return ($"{property.Name}[0]", hostile, With(body, b => b[property.Name]![0] = hostile.Value?.DeepClone()));
            }
        }
    }

    private static bool IsRequired(JsonElement schema, string name) =>
        schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == name);

    private static void Set(JsonObject target, string name, Hostile hostile)
    {
        if (hostile.Missing) target.Remove(name);
        else target[name] = hostile.Value?.DeepClone();
    }

    private static string With(JsonObject body, Action<JsonObject> change)
    {
        var copy = body.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString().Replace(JsonSerializer.Serialize(HostileValues.LoneSurrogateMarker),
            HostileValues.LoneSurrogateJson, StringComparison.Ordinal);
    }

    /// <summary>Each id in the path replaced by a malformed one, named by the pattern's parameter.</summary>
    private static IEnumerable<(string Field, string Url)> MalformedIds(string pattern, string url)
    {
        var names = pattern.Trim('/').Split('/');
        var parts = url.Split('?')[0].Trim('/').Split('/');
        for (var i = 0; i < parts.Length && i < names.Length; i++)
        {
            if (!Guid.TryParse(parts[i], out _)) continue;
            var copy = (string[])parts.Clone();
            copy[i] = "not-a-guid";
            yield return (names[i].Trim('{', '}').Split(':')[0], "/" + string.Join('/', copy));
        }
    }

    private static IEnumerable<(string Method, string Pattern, JsonElement Operation)> MutatingOperations(JsonElement root)
    {
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var method = operation.Name.ToUpperInvariant();
            if (method is "POST" or "PUT" or "PATCH" or "DELETE") yield return (method, path.Name, operation.Value);
        }
    }

    /// <summary>What a refusal can touch, read back: the event log's end, the case, services with their stages and versions, users.</summary>
    private static async Task<string> StateAsync(Dictionary<Who, HttpClient> clients, MatrixIds ids)
    {
        var admin = clients[Who.Administrator];
        return string.Join('\n', await Given.LastEventIdAsync(admin),
            await clients[Who.Worker].GetStringAsync($"/api/cases/{ids.Case}", Ct),
            await admin.GetStringAsync("/api/admin/services", Ct),
            await admin.GetStringAsync("/api/admin/organisations", Ct),
            await admin.GetStringAsync("/api/admin/teams", Ct));
    }

    private sealed record Problem(string? Code, string Fields);

    private static async Task<(Problem? Refusal, string State)> BaselineAsync(HttpClient asker, string method, string url,
        string? json, Dictionary<Who, HttpClient> clients, MatrixIds ids)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await asker.SendAsync(request, Ct);
        var refusal = (int)response.StatusCode >= 400 ? Refusal(await response.Content.ReadAsStringAsync(Ct)) : null;
        return (refusal, await StateAsync(clients, ids));
    }

    private static Problem? Refusal(string text)
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

    /// <summary>"stages[0].kind" is named by itself, by "kind" (a missing property) or by "stages[0]" (the item).</summary>
    private static bool Names(string named, string field) =>
        string.Equals(named, field, StringComparison.OrdinalIgnoreCase)
        || string.Equals(named, field.Split('.')[^1], StringComparison.OrdinalIgnoreCase)
        || field.StartsWith(named + "[", StringComparison.OrdinalIgnoreCase)
        || field.StartsWith(named + ".", StringComparison.OrdinalIgnoreCase)
        || named.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal);

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
