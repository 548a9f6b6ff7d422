namespace Sujuva.Web.Features.Programmes;

/// <summary>A job: remind the client of a case of a coming session (ids only: the handler reads the rest when it runs).</summary>
public sealed record SessionReminder(Guid SessionId, Guid CaseId);
