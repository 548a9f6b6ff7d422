using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sujuva.IntegrationTests.Fuzz;

/// <summary>One hostile value for a field: a JSON value, or the field left out (Missing).</summary>
public sealed record Hostile(string Label, JsonNode? Value, bool Missing = false);

/// <summary>
/// Hostile values by the field's OpenAPI schema: wrong types, null, missing, overlong and control characters,
/// boundary dates and numbers, unknown enum values, bad ids. A lone surrogate cannot be written by
/// System.Text.Json, so it travels as a marker the request body replaces with its escape.
/// </summary>
public static class HostileValues
{
    public const string LoneSurrogateMarker = "\u0001lone-surrogate";
    public const string LoneSurrogateJson = "\"\\ud800x\"";

    public static IReadOnlyList<Hostile> For(JsonElement schema, JsonElement schemas)
    {
        schema = Resolve(schema, schemas);
        List<Hostile> values = [new("missing", null, Missing: true), new("null", null)];
        if (schema.TryGetProperty("enum", out _))
            return [.. values, new("unknown enum name", "NoSuchValue"), new("enum number -1", -1), new("enum number 99", 99), new("empty", "")];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (Is(schema, "string") && format == "uuid")
            return [.. values, new("malformed id", "not-a-guid"), new("empty id", Guid.Empty.ToString()),
                new("unknown id", "5d1a4b7e-0f3c-4e8a-9b2d-6c7e8f9a0b1c"), new("number", 12345)];
        if (Is(schema, "string") && format is "date" or "date-time")
            return [.. values, new("year 1", "0001-01-01"), new("year 9999", "9999-12-31"), new("no such day", "2026-02-30"),
                new("not a date", "tomorrow")];
        if (Is(schema, "string"))
        {
            var max = schema.TryGetProperty("maxLength", out var m) ? m.GetInt32() : 200;
            return [.. values, new("number", 12345), new("object", new JsonObject()), new("empty", ""),
                new("one over maxLength", new string('x', max + 1)), new("100 kB", new string('x', 100_000)),
                new("NUL", "a\u0000b"), new("escape", "a\u001b[31mb"), new("CR LF", "a\r\nb"),
                new("lone surrogate", LoneSurrogateMarker)];
        }
        if (Is(schema, "integer") || Is(schema, "number"))
            return [.. values, new("string", "1"), new("-1", -1), new("0", 0), new("int max", int.MaxValue),
                new("int min", int.MinValue), new("past int", 2147483648L), new("fraction", 1.5), new("1e308", 1e308)];
        if (Is(schema, "boolean"))
            return [.. values, new("string", "true"), new("number", 1)];
        if (Is(schema, "array"))
            return [.. values, new("empty", new JsonArray()), new("null item", new JsonArray((JsonNode?)null)),
                new("object", new JsonObject()), new("string", "x")];
        return [.. values, new("empty object", new JsonObject()), new("string", "x")];
    }

    public static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            return schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        // A nullable property is written as oneOf [null, the type].
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var options))
            {
                foreach (var option in options.EnumerateArray())
                    if (!Is(option, "null") || option.TryGetProperty("$ref", out _)) return Resolve(option, schemas);
            }
        }
        return schema;
    }

    private static bool Is(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var t) && (t.ValueKind == JsonValueKind.String
            ? t.GetString() == type
            : t.EnumerateArray().Any(x => x.GetString() == type));
}
