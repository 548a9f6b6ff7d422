namespace Sujuva.Web.Features.Programmes;

/// <summary>An enrolled client's place in a session: their attendance, and the minutes attended (which become work on the case).</summary>
public sealed class SessionSeat
{
    public Guid Id { get; private set; }
    public CoachingSessionId SessionId { get; private set; }
    public EnrolmentId EnrolmentId { get; private set; }
    public CaseId CaseId { get; private set; }
    public Attendance Attendance { get; private set; }

    /// <summary>A client cancellation under 24 hours before the session.</summary>
    public bool Late { get; private set; }
    public int? Minutes { get; private set; }
    public DateTime? MarkedAt { get; private set; }

    private SessionSeat() { }

    public SessionSeat(CoachingSessionId session, EnrolmentId enrolment, CaseId caseId, DateTime now)
    {
        (Id, SessionId, EnrolmentId, CaseId, Attendance) = (Guid.CreateVersion7(now), session, enrolment, caseId, Attendance.Expected);
    }

    /// <summary>Marks the client's attendance once; minutes only for an attended session.</summary>
    public void Mark(Attendance attendance, int? minutes, bool late, DateTime at) =>
        (Attendance, Minutes, Late, MarkedAt) = (attendance, attendance == Attendance.Attended ? minutes : null, late, at);
}
