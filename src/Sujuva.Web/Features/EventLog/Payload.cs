using System.Text.Json;

namespace Sujuva.Web.Features.EventLog;

/// <summary>Event payloads as compact camelCase JSON objects.</summary>
public static class Payload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public const string Empty = "{}";

    public static string Of(object details) => JsonSerializer.Serialize(details, Options);
}
