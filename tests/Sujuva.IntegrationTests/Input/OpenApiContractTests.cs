using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Input;

/// <summary>The input contract is published: a client reads every limit from /openapi/v1.json.</summary>
public sealed class OpenApiContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApi_EveryRequestString_HasMaxLengthOrItsEnumValues()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var missing = new List<string>();
        var bodies = 0;

        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var parameter in parameters.EnumerateArray())
                        Walk(parameter.GetProperty("schema"), $"{where} {parameter.GetProperty("name").GetString()}", schemas, missing, []);
                }
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    bodies++;
                    Walk(json.GetProperty("schema"), $"{where} body", schemas, missing, []);
                }
            }
        }

        Assert.True(bodies > 20, $"only {bodies} request bodies found");
        var client = schemas.GetProperty("RegisterClientRequest").GetProperty("properties");
        Assert.True(client.GetProperty("firstName").TryGetProperty("maxLength", out var firstName) && firstName.GetInt32() == 100,
            client.ToString());
        Assert.Contains("\"Working\"", schemas.GetProperty("StageKind").ToString(), StringComparison.Ordinal);
        Assert.True(missing.Count == 0, "Request strings without maxLength or enum values:\n" + string.Join('\n', missing.Distinct()));
    }

    private static void Walk(JsonElement schema, string where, JsonElement schemas, List<string> missing, HashSet<string> seen)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (seen.Add(name)) Walk(schemas.GetProperty(name), where, schemas, missing, seen);
            return;
        }
        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(keyword, out var options))
                foreach (var option in options.EnumerateArray()) Walk(option, where, schemas, missing, seen);
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            if (values.GetArrayLength() == 0) missing.Add($"{where}: an enum without values");
            return;
        }
        if (Has(schema, "string") && !schema.TryGetProperty("format", out _) && !schema.TryGetProperty("maxLength", out _))
            missing.Add($"{where}: no maxLength");
        if (schema.TryGetProperty("items", out var items)) Walk(items, $"{where}[]", schemas, missing, seen);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
                Walk(property.Value, $"{where}.{property.Name}", schemas, missing, seen);
        }
    }

    private static bool Has(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var t) && (t.ValueKind == JsonValueKind.String
            ? t.GetString() == type
            : t.EnumerateArray().Any(x => x.GetString() == type));
}
