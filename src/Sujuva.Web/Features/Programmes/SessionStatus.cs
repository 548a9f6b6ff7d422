namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A session as a meeting: scheduled, held, cancelled by the service (with a reason), cancelled by its clients (every
/// one of them said they cannot come), or moved (a new instance holds its new time).
/// </summary>
public enum SessionStatus
{
    Scheduled,
    Held,
    CancelledByService,
    Rescheduled,
    CancelledByClient,
}
