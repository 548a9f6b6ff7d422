using System.Collections.Frozen;
using System.Text.Json;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// An event's payload as it may leave the server (GET /api/events): what its record marks
/// <see cref="SharedAttribute"/>. A case's or referral's payload keeps only its shared fields, codes reduced to
/// their codes. Workers' free text can name a client, and payloads stored before reasons were coded still hold
/// it (a block's reason, a WIP override reason, a referral's reason, a decline note), so it is dropped here, not
/// trusted to be absent. A network payload (organisation, team, service and board names) is shown as stored.
/// </summary>
public static class EventPayloads
{
    private sealed record Field(string Name, Type Type, bool AsCode);

    private static readonly string WipOverride = JsonNamingPolicy.CamelCase.ConvertName(nameof(CaseMoved.WipOverride));

    /// <summary>Per type, its shared fields in stored order; null for a payload shared as stored.</summary>
    private static readonly FrozenDictionary<string, Field[]?> Shown = EventTypes.Records.ToFrozenDictionary(
        r => r.Key, r => r.Value.IsDefined(typeof(SharedAttribute), inherit: false) ? null : SharedFields(r.Value), StringComparer.Ordinal);

    /// <summary>The payload to show, as a JSON object; an unknown type is an error (<see cref="EventTypes.RecordOf"/>).</summary>
    public static string Of(string type, string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        _ = EventTypes.RecordOf(type);
        if (Shown[type] is not { } fields) return payload;
        using var doc = JsonDocument.Parse(payload);
        var p = doc.RootElement;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var field in fields) Write(w, field, p);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, Field field, JsonElement p)
    {
        if (field.AsCode)
        {
            // Always, even when absent: its code's fallback (Other) says as much as a missing reason.
            var stored = p.TryGetProperty(field.Name, out var v) ? v.GetRawText() : "null";
            w.WriteString(field.Name, JsonSerializer.Deserialize(stored, field.Type, StoredPayload.Options)!.ToString());
        }
        else if (field.Name == WipOverride)
        {
            // A flag: earlier versions stored the override's reason instead, which says the limit was passed.
            if (p.TryGetProperty(WipOverride, out _) || p.TryGetProperty(CaseMoved.EarlierOverrideReasonField, out _))
                w.WriteBoolean(WipOverride, true);
        }
        else if (p.TryGetProperty(field.Name, out var v))
        {
            w.WritePropertyName(field.Name);
            v.WriteTo(w);
        }
    }

    private static Field[] SharedFields(Type record) =>
    [
        .. StoredPayload.Options.GetTypeInfo(record).Properties
            .Select(p => (p, Shared: p.AttributeProvider?.GetCustomAttributes(typeof(SharedAttribute), false)
                .Cast<SharedAttribute>().SingleOrDefault()))
            .Where(x => x.Shared is not null)
            .Select(x => new Field(x.p.Name, Nullable.GetUnderlyingType(x.p.PropertyType) ?? x.p.PropertyType, x.Shared!.AsCode)),
    ];
}
