namespace Sujuva.Web.Features.Programmes;

/// <summary>A job: tell the client at once that a session under 24 hours ahead was cancelled or moved (SessionId: the one they had).</summary>
public sealed record SessionChangeNotice(Guid SessionId, Guid CaseId);
