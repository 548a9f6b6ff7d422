namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// The payload of one event type: a record named as its type in <see cref="EventTypes"/>. Its JSON is the
/// stored payload, a public contract (decision 0002): a field is added, never renamed or given another
/// meaning. docs/event-log.md describes every field; a test keeps the two in step.
/// </summary>
public interface IEventPayload;
