namespace Sujuva.Web.Features.Programmes;

/// <summary>Why the service cancelled a session: coded, so the event log and the figures hold no free text.</summary>
public enum SessionCancelReason
{
    CoachAbsent,
    ServiceClosed,
    PlaceUnavailable,
    ConnectionProblem,
    Other,
}
