namespace Sujuva.Web.Features.Programmes;

/// <summary>A client's part in a session: expected, attended (with minutes), a no-show, or cancelled by the client (late if under 24 h before).</summary>
public enum Attendance
{
    Expected,
    Attended,
    NoShow,
    CancelledByClient,
}
