namespace Sujuva.Web.Features.EventLog;

// Coaching programmes' events (issue 16), in the enrolled case's log with its pseudonym: never the client's name,
// nor the place or video link of a session.

/// <param name="EnrolmentId">The enrolment.</param>
/// <param name="TemplateId">The programme template enrolled on.</param>
/// <param name="TemplateVersion">Its version then: later edits of the template do not change this programme.</param>
/// <param name="Sessions">How many sessions were laid out (or joined, in a group).</param>
/// <param name="FirstSession">When the first session starts (UTC).</param>
public sealed record ProgrammeEnrolled(
    [property: Shared] Guid EnrolmentId, [property: Shared] Guid TemplateId, [property: Shared] int TemplateVersion,
    [property: Shared] int Sessions, [property: Shared] DateTime FirstSession) : IEventPayload;

/// <param name="SessionId">The session.</param>
/// <param name="Number">Its number in the programme (from 1).</param>
/// <param name="Attendance">Attended, NoShow or CancelledByClient; attended minutes are logged as WorkLogged too.</param>
/// <param name="Late">A client cancellation under 24 hours before the session.</param>
public sealed record SessionAttendanceMarked(
    [property: Shared] Guid SessionId, [property: Shared] int Number, [property: Shared] Programmes.Attendance Attendance,
    [property: Shared] bool Late) : IEventPayload;

/// <param name="SessionId">The session the service cancelled; it stays, cancelled, in calendars.</param>
/// <param name="Number">Its number in the programme (from 1).</param>
/// <param name="Reason">The coded reason.</param>
public sealed record SessionCancelled(
    [property: Shared] Guid SessionId, [property: Shared] int Number, [property: Shared] Programmes.SessionCancelReason Reason) : IEventPayload;

/// <param name="SessionId">The session as it was; it keeps its history, shown cancelled in calendars.</param>
/// <param name="NewSessionId">The new instance at the new time.</param>
/// <param name="Number">Its number in the programme (from 1).</param>
/// <param name="NewStart">When the session now starts (UTC).</param>
public sealed record SessionRescheduled(
    [property: Shared] Guid SessionId, [property: Shared] Guid NewSessionId, [property: Shared] int Number,
    [property: Shared] DateTime NewStart) : IEventPayload;
