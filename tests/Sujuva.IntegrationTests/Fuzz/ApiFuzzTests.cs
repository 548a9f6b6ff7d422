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
/// a code), and a refusal changes nothing (the event log, the case, services, organisations and teams as read back).
/// </summary>
public sealed class ApiFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fuzz_EveryMutatingEndpoint_NoServerErrorEveryRefusalNamesItsFieldAndChangesNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: Fuzzing.Settings);
        var (clients, ids) = await MatrixSetup.ArrangeAsync(app);
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        var sent = 0;
        var state = await Fuzzing.StateAsync(clients, ids);

        foreach (var (method, pattern, operation) in MutatingOperations(document.RootElement))
        {
            var probe = AuthorizationMatrix.Probes.SingleOrDefault(p => p.Method == method && Fuzzing.Same(p.Pattern, pattern));
            if (probe is null) { failures.Add($"{method} {pattern}: no row in AuthorizationMatrixData.cs"); continue; }
            var asker = Fuzzing.AskerFor(probe, clients);
            var url = probe.Url(ids);
            var body = probe.Body(ids) is { } b ? JsonSerializer.SerializeToNode(b, JsonSerializerOptions.Web)!.AsObject() : null;
            // The matrix's bodies are often refused on purpose (a stale version, an empty reason): a mutation that the
            // endpoint takes as valid meets that same refusal, which names the base body's field, not the mutated one.
            var (baseline, baseState) = await Fuzzing.BaselineAsync(asker, method, url, body?.ToJsonString(), clients, ids);
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

    private static async Task<string> SendAsync(HttpClient asker, string method, string url, string? json, string field,
        string what, Fuzzing.Problem? baseline, Dictionary<Who, HttpClient> clients, MatrixIds ids, string state, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await asker.SendAsync(request, Ct);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(Ct);
        var where = $"{method} {url} {what}: {status}";
        if (status >= 500) { failures.Add($"{where} {Fuzzing.Cut(text)}"); return state; }
        if (status < 400) return await Fuzzing.StateAsync(clients, ids);  // accepted: the change is the new normal

        if (Fuzzing.Refusal(text) is not { } refusal) failures.Add($"{where} is not a problem: {Fuzzing.Cut(text)}");
        else if (status == 400 && !refusal.Fields.Split(',').Any(f => Fuzzing.Names(f, field)) && refusal != baseline)
            failures.Add($"{where} names {refusal.Fields}, not {field}: {Fuzzing.Cut(text)}");
        else if (string.IsNullOrEmpty(refusal.Code) || refusal.Fields.Length == 0)
            failures.Add($"{where} without a code and a field: {Fuzzing.Cut(text)}");
        var after = await Fuzzing.StateAsync(clients, ids);
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

}
