using System.Text.Json;
using System.Text.Json.Serialization;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// A code in a stored payload, read as its column is (<see cref="KnownEnumConversion.Read"/>): a code's exact
/// name, anything else (free text of earlier versions, null, a number) the fallback. Written as the name.
/// </summary>
public sealed class KnownEnumJsonConverter<TEnum>(TEnum fallback) : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override bool HandleNull => true;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        return KnownEnumConversion.Read(text, fallback);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
