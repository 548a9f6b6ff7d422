using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.ClientPages;

/// <summary>
/// "I cannot come", from the client's own page: records a client cancellation exactly as a worker's marking would
/// (late under 24 hours ahead), with the client as the actor. Refused once the session has begun, is off, or was answered.
/// </summary>
public static class CancelOwnSession
{
    public static async Task<Refusal?> ApplyAsync(string token, Guid sessionId, SujuvaDb db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await ClientOwnPage.ClientOfAsync(token, db, ct) is not { } client) return Refusal.NotFound("token");
        var id = new CoachingSessionId(sessionId);
        var seat = await db.SessionSeats.Where(s => s.SessionId == id)
            .Join(db.Cases.Where(c => c.ClientId == client), s => s.CaseId, c => c.Id, (s, _) => s).SingleOrDefaultAsync(ct);
        if (seat is null) return Refusal.NotFound("sessionId");
        var session = await db.CoachingSessions.SingleAsync(s => s.Id == id, ct);
        var @case = await db.Cases.SingleAsync(c => c.Id == seat.CaseId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ClientOwnPage.CanCancel(session, seat, now))
            return Refusal.Rule("sessionId", "ClientPage.CannotCancel", "This session can no longer be cancelled here: call your coach.");
        if (await MarkAttendance.RecordAsync(db, session, seat, @case, Attendance.CancelledByClient, 0, Actors.Client, now, ct) is { } refused)
            return refused;
        return await db.TrySaveAsync(ct, Refusal.EditConflict);
    }
}
