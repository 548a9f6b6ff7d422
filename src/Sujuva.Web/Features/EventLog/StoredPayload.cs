using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// The one way between a typed payload and its stored JSON: a compact camelCase object, codes by name.
/// Reading is strict about the type (an event type without a record is an error, not an empty payload) and
/// lenient about content the way stored codes are read: fields the record does not have (free text of
/// earlier versions) are skipped, a code that is no code's name is its fallback, a missing field its default.
/// </summary>
public static class StoredPayload
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Set, not defaulted on first use, so the records' metadata (EventPayloads' shared fields) can be read before any payload is.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters =
        {
            new KnownEnumJsonConverter<BlockReason>(BlockReason.Other),
            new KnownEnumJsonConverter<DeclineReason>(DeclineReason.Other),
            new KnownEnumJsonConverter<Outcome>(Outcome.Other),
            new KnownEnumJsonConverter<ReopenReason>(ReopenReason.Other),
            new KnownEnumJsonConverter<StageKind>(StageKind.Waiting),
            new KnownEnumJsonConverter<Improvements.ImprovementKind>(Improvements.ImprovementKind.Experiment),
            new KnownEnumJsonConverter<Improvements.ScopeKind>(Improvements.ScopeKind.Network),
            new KnownEnumJsonConverter<Improvements.ImprovementChange>(Improvements.ImprovementChange.Edited),
            new KnownEnumJsonConverter<Improvements.ImprovementStatus>(Improvements.ImprovementStatus.Planned),
            new KnownEnumJsonConverter<Programmes.Attendance>(Programmes.Attendance.Expected),
            new KnownEnumJsonConverter<Programmes.SessionCancelReason>(Programmes.SessionCancelReason.Other),
            new KnownEnumJsonConverter<Sprints.SprintMode>(Sprints.SprintMode.InPerson),
            new KnownEnumJsonConverter<Sprints.SprintChange>(Sprints.SprintChange.Edited),
            new KnownEnumJsonConverter<Sprints.SprintExercise>(Sprints.SprintExercise.ExpertInterviews),
            new KnownEnumJsonConverter<Sprints.SprintStatus>(Sprints.SprintStatus.Planned),
        },
    };

    public static string Write(IEventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return JsonSerializer.Serialize(payload, payload.GetType(), Options);
    }

    /// <summary>The payload as its type's record; use a pattern match on the result.</summary>
    public static IEventPayload Read(string type, string payload) =>
        (IEventPayload)(JsonSerializer.Deserialize(payload, EventTypes.RecordOf(type), Options)
            ?? throw new JsonException($"The payload of a {type} event is null."));

    /// <summary>The payload of an event known to be of type T (the caller has matched its Type).</summary>
    public static T Read<T>(Event e) where T : class, IEventPayload
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Type != typeof(T).Name)
            throw new InvalidOperationException($"Event {e.Id} is a {e.Type}, not a {typeof(T).Name}.");
        return JsonSerializer.Deserialize<T>(e.Payload, Options)
            ?? throw new JsonException($"The payload of event {e.Id} is null.");
    }
}
