using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A session about to change, with its seats and the cases seated in it (each gets the change's event in its log).
/// Only the team working the session's service changes it: 404 for an unknown session, 403 for another team, 409 for
/// a stale version, 422 once it is no longer scheduled.
/// </summary>
public sealed record SessionChange(CoachingSession Session, IReadOnlyList<SessionSeat> Seats, IReadOnlyList<Case> Cases)
{
    public static async Task<Outcome<SessionChange>> LoadAsync(Guid sessionId, int version, SujuvaDb db, CurrentUser user,
        DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var session = await db.CoachingSessions.SingleOrDefaultAsync(s => s.Id == new CoachingSessionId(sessionId), ct);
        if (session is null) return Refusal.NotFound("sessionId");
        var team = await db.Services.Where(s => s.Id == session.ServiceId).Select(s => s.TeamId).SingleAsync(ct);
        if (CaseWork.Refuse(user, team, "sessionId") is { } forbidden) return forbidden;
        if (session.Version != version) return Refusal.EditConflict();
        if (session.Status != SessionStatus.Scheduled)
            return Refusal.Rule("sessionId", "Programmes.SessionNotScheduled", "Only a scheduled session can be cancelled or moved.");
        if (session.StartUtc <= now)
            return Refusal.Rule("sessionId", "Programmes.AlreadyBegun", "The session has begun: mark attended or no-show.");
        var seats = await db.SessionSeats.Where(s => s.SessionId == session.Id).ToListAsync(ct);
        var caseIds = seats.Select(s => s.CaseId).ToList();
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
        return new SessionChange(session, seats, cases);
    }
}
