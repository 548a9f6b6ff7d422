namespace Sujuva.Web.Features.Programmes;

/// <summary>The service cancels a session, with a coded reason; Version is the session's.</summary>
public sealed record CancelSessionRequest(SessionCancelReason Reason, int Version);
