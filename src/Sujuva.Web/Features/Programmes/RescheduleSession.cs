using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Moves a scheduled session to a new time, and optionally a new mode, place or link (issue 16, item 3). The old
/// instance keeps its history as Rescheduled (shown cancelled in calendars); a new one, with its own UID, takes the
/// seats. Refusals: the end before the start (400, "to"), a time in the past (422, "day"), a clash with the coach's
/// other sessions (409, naming it), a link that is not https, or a switch to remote without a link or to in person without a place (400).
/// </summary>
public static class RescheduleSession
{
    public static async Task<Outcome<CoachSessionView>> ApplyAsync(Guid sessionId, RescheduleRequest request, SujuvaDb db,
        CurrentUser user, TimeProvider clock, ProgrammeOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        if (request.To <= request.From) return Refusal.Invalid("to", "Programmes.EndBeforeStart", "The session ends after it starts.");
        var (start, end) = (SessionLayout.Utc(request.Day, request.From), SessionLayout.Utc(request.Day, request.To));
        var now = clock.GetUtcNow().UtcDateTime;
        if (start <= now) return Refusal.Rule("day", "Programmes.SessionInPast", "Move the session to a time still ahead.");
        var loaded = await SessionChange.LoadAsync(sessionId, request.Version, db, user, now, ct);
        if (loaded.Refusal is { } refused) return refused;
        var (old, seats, cases) = loaded.Value!;
        var mode = request.Mode ?? old.Mode;
        var place = request.Place is null ? old.Place : Optional(request.Place);
        var link = request.VideoLink is null ? old.VideoLink : Optional(request.VideoLink);
        if (Check(mode, place, link, modeChanged: mode != old.Mode) is { } invalid) return invalid;

        var clash = (await db.CoachingSessions.Where(s => s.CoachId == old.CoachId && s.Id != old.Id && s.StartUtc < end && s.EndUtc > start)
            .ToListAsync(ct)).FirstOrDefault(s => s.Occupies);
        if (clash is not null)
            return Refusal.Conflict("day", "Programmes.Clash",
                $"The new time clashes with the coach's session {clash.Label} at {clash.StartUtc:yyyy-MM-dd HH:mm} UTC.");

        var moved = old.MoveTo(start, end, mode, place, link, now);
        db.CoachingSessions.Add(moved);
        db.SessionSeats.AddRange(seats.Select(s => new SessionSeat(moved.Id, s.EnrolmentId, s.CaseId, now)));
        var expected = seats.Where(s => s.Attendance == Attendance.Expected).Select(s => s.CaseId).ToList();
        await SessionNotices.OffAsync(db, old, expected, now, SessionNotices.IsNear(options, old.StartUtc, now) || SessionNotices.IsNear(options, start, now), ct);
        foreach (var caseId in expected) await SessionNotices.ScheduleRemindersAsync(db, options, [moved], caseId, now, ct);
        foreach (var @case in cases)
            @case.RecordOnCase(new SessionRescheduled(old.Id.Value, moved.Id.Value, old.Number, start), user.Id, now);
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return await CoachSessions.ViewAsync(db, moved, ct);
    }

    /// <summary>A session switched to remote needs its link, one switched to in person its place (templates may leave them for later).</summary>
    private static Refusal? Check(SessionMode mode, string? place, string? link, bool modeChanged)
    {
        if (!Enum.IsDefined(mode)) return Refusal.Invalid("mode", "Programmes.ModeMissing", "Choose remote, in person or either.");
        if (link is not null && !ProgrammeTemplateRules.IsVideoLink(link))
            return Refusal.Invalid("videoLink", "Programmes.VideoLinkNotHttps", "A video link is an https address.");
        if (modeChanged && mode == SessionMode.Remote && link is null)
            return Refusal.Invalid("videoLink", "Programmes.VideoLinkMissing", "A remote session needs its video link.");
        if (modeChanged && mode == SessionMode.InPerson && place is null)
            return Refusal.Invalid("place", "Programmes.PlaceMissing", "An in-person session needs its place.");
        return null;
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
