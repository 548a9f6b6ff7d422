using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// One client's seat in a session, as the figures read it. Due (METRICS.md §11, "sessions due"): the session took place
/// as scheduled and the client either came or did not (Attended or NoShow). A seat still Expected, cancelled by the
/// client (late or not) or on a session the service cancelled or moved is not due: nobody was expected to come then.
/// </summary>
public sealed record SeatOutcome(CoachingSessionId SessionId, EnrolmentId EnrolmentId, ProgrammeTemplateId TemplateId, DateTime StartUtc,
    SessionMode Mode, Attendance Attendance, bool Late)
{
    public bool Due => Attendance is Attendance.Attended or Attendance.NoShow;
}

/// <summary>An enrolment's first attended session: when the client's coaching really began.</summary>
public sealed record FirstSession(EnrolmentId EnrolmentId, ProgrammeTemplateId TemplateId, DateTime EnrolledAt, DateTime StartUtc);

/// <summary>
/// The seats of a scope's sessions, the one place the figures and the improvement measures read attendance from, so a
/// no-show rate is the same number on the programme figures page and on an improvement's chart.
/// </summary>
public static class SessionOutcomes
{
    /// <summary>The seats of the services' sessions (of one template when given, all its versions) starting in [fromUtc, toUtc).</summary>
    public static async Task<List<SeatOutcome>> SeatsAsync(SujuvaDb db, IReadOnlyCollection<ServiceId> services, ProgrammeTemplateId? template,
        DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = Sessions(db, services, template).Where(s => s.StartUtc >= fromUtc && s.StartUtc < toUtc);
        return await db.SessionSeats.AsNoTracking()
            .Join(sessions, seat => seat.SessionId, s => s.Id,
                (seat, s) => new SeatOutcome(s.Id, seat.EnrolmentId, s.TemplateId, s.StartUtc, s.Mode, seat.Attendance, seat.Late))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The first attended session of each enrolment whose first one starts in [fromUtc, toUtc): earlier attended sessions
    /// are read too, so an enrolment that began before the period does not count again in it.
    /// </summary>
    public static async Task<List<FirstSession>> FirstSessionsAsync(SujuvaDb db, IReadOnlyCollection<ServiceId> services,
        ProgrammeTemplateId? template, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = Sessions(db, services, template).Where(s => s.StartUtc < toUtc);
        var attended = await db.SessionSeats.AsNoTracking().Where(seat => seat.Attendance == Attendance.Attended)
            .Join(sessions, seat => seat.SessionId, s => s.Id, (seat, s) => new { seat.EnrolmentId, s.StartUtc })
            .ToListAsync(ct);
        var firsts = attended.GroupBy(a => a.EnrolmentId).Select(g => (Enrolment: g.Key, Start: g.Min(a => a.StartUtc)))
            .Where(f => f.Start >= fromUtc).ToDictionary(f => f.Enrolment, f => f.Start);
        var ids = firsts.Keys.ToList();
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.TemplateId, e.EnrolledAt }).ToListAsync(ct);
        return [.. enrolments.Select(e => new FirstSession(e.Id, e.TemplateId, e.EnrolledAt, firsts[e.Id]))];
    }

    /// <summary>The no-show rate's answers (METRICS.md §11): one per due seat, Yes for a no-show, at the session's start.</summary>
    public static IEnumerable<YesNo> NoShows(IEnumerable<SeatOutcome> seats) =>
        seats.Where(s => s.Due).Select(s => new YesNo(s.StartUtc, s.Attendance == Attendance.NoShow));

    /// <summary>
    /// Of the sessions that took place (a due seat in them), Yes for a remote one: how much of the coaching is remote. A
    /// session held as the client preferred (Either) is not counted as remote, since which way it went is not recorded.
    /// </summary>
    public static IEnumerable<YesNo> RemoteSessions(IEnumerable<SeatOutcome> seats) =>
        seats.Where(s => s.Due).GroupBy(s => s.SessionId).Select(g => new YesNo(g.First().StartUtc, g.First().Mode == SessionMode.Remote));

    private static IQueryable<CoachingSession> Sessions(SujuvaDb db, IReadOnlyCollection<ServiceId> services, ProgrammeTemplateId? template)
    {
        var ids = services.ToList();
        var sessions = db.CoachingSessions.AsNoTracking().Where(s => ids.Contains(s.ServiceId));
        return template is { } t ? sessions.Where(s => s.TemplateId == t) : sessions;
    }
}
