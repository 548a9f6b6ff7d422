using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Data;

/// <summary>
/// A value stored as one JSON text column, for the parts of an aggregate that are only ever read and written with
/// it (an improvement's measures and cycles): one column on SQLite and PostgreSQL alike, no join. Changes are found
/// by comparing the JSON, so a list edited in place is saved too.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> StoredAsJson<T>(this PropertyBuilder<T> property) where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion(
            v => Write(v),
            s => Read<T>(s),
            new ValueComparer<T>((a, b) => Write(a) == Write(b), v => Write(v).GetHashCode(StringComparison.Ordinal), v => Read<T>(Write(v))));
    }

    public static string Write<T>(T? value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
