namespace Sujuva.Web.Features.EventLog;

/// <summary>A client's pseudonym entered the log (on the envelope); the personal data stays in Clients.</summary>
public sealed record ClientRegistered : IEventPayload;
