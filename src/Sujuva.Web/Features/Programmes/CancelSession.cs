using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// The service cancels a scheduled session, with a coded reason (issue 16, item 3). The session stays, cancelled, so
/// calendars show STATUS:CANCELLED and the cases' logs keep SessionCancelled.
/// </summary>
public static class CancelSession
{
    public static async Task<Outcome<CoachSessionView>> ApplyAsync(Guid sessionId, CancelSessionRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, ProgrammeOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        if (!Enum.IsDefined(request.Reason))
            return Refusal.Invalid("reason", "Programmes.CancelReasonMissing", "Say why the session is cancelled.");
        var now = clock.GetUtcNow().UtcDateTime;
        var loaded = await SessionChange.LoadAsync(sessionId, request.Version, db, user, now, ct);
        if (loaded.Refusal is { } refused) return refused;
        var change = loaded.Value!;
        change.Session.CancelByService(request.Reason, now);
        await SessionNotices.OffAsync(db, change.Session, change.Seats.Where(s => s.Attendance == Attendance.Expected).Select(s => s.CaseId), now,
            SessionNotices.IsNear(options, change.Session.StartUtc, now), ct);
        foreach (var @case in change.Cases)
            @case.RecordOnCase(new SessionCancelled(change.Session.Id.Value, change.Session.Number, request.Reason), user.Id, now);
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return await CoachSessions.ViewAsync(db, change.Session, ct);
    }
}
