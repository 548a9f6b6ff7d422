namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// One immutable entry of the event log. Never updated or deleted (SujuvaDb refuses it); metrics,
/// process mining and exports read only this. People appear only as pseudonyms or user ids.
/// </summary>
public sealed class Event
{
    /// <summary>Database sequence: the paging cursor of GET /api/events.</summary>
    public long Id { get; private set; }

    public string Type { get; private set; } = "";
    public DateTime At { get; private set; }
    public UserId ActorId { get; private set; }
    public OrganisationId? OrganisationId { get; private set; }
    public ServiceId? ServiceId { get; private set; }
    public CaseId? CaseId { get; private set; }
    public string? ClientPseudonym { get; private set; }
    public StageId? StageId { get; private set; }

    /// <summary>Type-specific details as a JSON object: the type's record (<see cref="IEventPayload"/>) as stored.</summary>
    public string Payload { get; private set; } = "{}";

    private Event() { }

    /// <summary>An event of the payload's type; how the app records every change.</summary>
    public Event(IEventPayload payload, DateTime at, UserId actorId, OrganisationId? organisationId, ServiceId? serviceId,
        CaseId? caseId, string? clientPseudonym, StageId? stageId)
        : this(EventTypes.Of(payload), at, actorId, organisationId, serviceId, caseId, clientPseudonym, stageId,
            StoredPayload.Write(payload))
    {
    }

    /// <summary>An event as stored, whatever its payload: for tests of payloads earlier versions wrote.</summary>
    internal Event(string type, DateTime at, UserId actorId, OrganisationId? organisationId, ServiceId? serviceId,
        CaseId? caseId, string? clientPseudonym, StageId? stageId, string payload)
    {
        Type = type;
        At = at;
        ActorId = actorId;
        OrganisationId = organisationId;
        ServiceId = serviceId;
        CaseId = caseId;
        ClientPseudonym = clientPseudonym;
        StageId = stageId;
        Payload = payload;
    }
}
