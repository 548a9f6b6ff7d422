using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Marks a client's attendance (issue 16, item 3): attended (the minutes become work on the case, so both flow
/// efficiencies include them) or a no-show once the session has begun; cancelled by the client before it (late
/// under 24 hours ahead). The case's log gets SessionAttendanceMarked, with the pseudonym only.
/// </summary>
public static class MarkAttendance
{
    public static readonly TimeSpan LateCancellation = TimeSpan.FromHours(24);

    public static async Task<Outcome<EnrolmentView>> ApplyAsync(Guid sessionId, MarkAttendanceRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, ProgrammeOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var caseId = new CaseId(request.CaseId);
        var @case = await db.CasesVisibleTo(user).Include(c => c.Service).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        var seat = @case is null ? null
            : await db.SessionSeats.SingleOrDefaultAsync(s => s.SessionId == new CoachingSessionId(sessionId) && s.CaseId == caseId, ct);
        if (@case is null || seat is null) return Refusal.NotFound("sessionId");
        if (CaseWork.Refuse(user, @case.Service.TeamId, "caseId") is { } forbidden) return forbidden;
        var session = await db.CoachingSessions.SingleAsync(s => s.Id == seat.SessionId, ct);
        if (session.Version != request.Version) return Refusal.EditConflict();
        var now = clock.GetUtcNow().UtcDateTime;
        if (Check(session, seat, request, now) is { } refused) return refused;

        var minutes = request.Minutes ?? (int)(session.EndUtc - session.StartUtc).TotalMinutes;
        if (await RecordAsync(db, session, seat, @case, request.Attendance, minutes, user.Id, now, ct) is { } invalid) return invalid;
        if (request.Attendance == Attendance.Attended) await SessionNotices.ScheduleFeedbackAsync(db, session, caseId, now, ct);
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        var enrolment = await db.ProgrammeEnrolments.AsNoTracking().SingleAsync(e => e.Id == seat.EnrolmentId, ct);
        return await ReadProgrammes.ViewAsync(db, enrolment, ct);
    }

    /// <summary>
    /// Marks the seat and records it on the case: attended minutes become work, a session all of whose clients
    /// cancelled frees the coach's time (and shows cancelled in calendars). The client's own page calls this too.
    /// </summary>
    internal static async Task<Refusal?> RecordAsync(SujuvaDb db, CoachingSession session, SessionSeat seat, Case @case,
        Attendance attendance, int minutes, UserId by, DateTime now, CancellationToken ct)
    {
        var othersCancelled = attendance == Attendance.CancelledByClient
            && await db.SessionSeats.Where(s => s.SessionId == session.Id && s.Id != seat.Id).AllAsync(s => s.Attendance == Attendance.CancelledByClient, ct);
        if (Record(session, seat, @case, attendance, minutes, othersCancelled, by, now, out var work) is { } refused) return refused;
        if (work is not null) db.WorkLogs.Add(work);
        // No reminder for a session the client said they cannot come to, and none is due for one already held.
        if (attendance == Attendance.CancelledByClient) await SessionNotices.OffAsync(db, session, [@case.Id], now, notify: false, ct);
        return null;
    }

    /// <summary>
    /// The marking itself, on the entities only: <paramref name="work"/> is the work log of attended minutes, to be saved
    /// with the change. The demo replay marks its sessions through this too, so its data is what the app makes.
    /// </summary>
    internal static Refusal? Record(CoachingSession session, SessionSeat seat, Case @case, Attendance attendance, int minutes,
        bool othersCancelled, UserId by, DateTime now, out WorkLog? work)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentNullException.ThrowIfNull(@case);
        work = null;
        var late = attendance == Attendance.CancelledByClient && session.StartUtc - now < LateCancellation;
        if (attendance == Attendance.Attended)
        {
            if (@case.RecordWork(minutes, by, now) is { } invalid) return invalid;
            work = new WorkLog(@case.Id, by, minutes, now);
        }
        else if (!@case.IsOpen) return Refusal.Rule("caseId", "Cases.Closed", "The case is closed; reopen it first.");

        seat.Mark(attendance, minutes, late, now);
        if (attendance is Attendance.Attended or Attendance.NoShow) session.MarkHeld(now);
        if (attendance == Attendance.CancelledByClient && othersCancelled) session.CancelByClients(now);
        @case.RecordOnCase(new SessionAttendanceMarked(session.Id.Value, session.Number, attendance, late), by, now);
        return null;
    }

    /// <summary>The API's rules for a marking: the session is on, the seat not yet marked, and the time fits the attendance.</summary>
    internal static Refusal? Check(CoachingSession session, SessionSeat seat, MarkAttendanceRequest request, DateTime now)
    {
        if (!session.Occupies) return Refusal.Rule("sessionId", "Programmes.SessionNotOn", "The session was cancelled or moved.");
        if (seat.Attendance != Attendance.Expected) return Refusal.Rule("attendance", "Programmes.AlreadyMarked", "This client's attendance is already marked.");
        return request.Attendance switch
        {
            Attendance.Expected => Refusal.Invalid("attendance", "Programmes.AttendanceMissing", "Mark attended, no-show or cancelled by the client."),
            Attendance.Attended or Attendance.NoShow when now < session.StartUtc =>
                Refusal.Rule("attendance", "Programmes.NotYetHeld", "Mark attendance once the session has begun."),
            Attendance.CancelledByClient when now >= session.StartUtc =>
                Refusal.Rule("attendance", "Programmes.AlreadyBegun", "The session has begun: mark attended or no-show."),
            _ => null,
        };
    }
}
