using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Enrols the client of an open case in one of its service's programmes (issue 16, item 2). One-to-one: the sessions
/// are laid out on working days (SessionLayout) around the coach's other sessions. Group: the enrolment joins the
/// cohort of the same template, coach and start day while it has room, or starts the cohort. The case's log gets
/// ProgrammeEnrolled, each session a reminder job for the client. Refusals: 404 case, 403 not the case's team, 400
/// template or coach, 422 closed case, start in the past or a full group, 409 a clash (naming the coach's session).
/// </summary>
public static class EnrolProgramme
{
    public static async Task<Outcome<EnrolmentView>> ApplyAsync(Guid caseId, EnrolRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, ProgrammeOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var id = new CaseId(caseId);
        var team = await db.CasesVisibleTo(user).Where(c => c.Id == id).Select(c => (TeamId?)c.Service.TeamId).SingleOrDefaultAsync(ct);
        if (team is not { } t) return Refusal.NotFound("caseId");
        if (CaseWork.Refuse(user, t, "caseId") is { } forbidden) return forbidden;
        var @case = await db.Cases.SingleAsync(c => c.Id == id, ct);
        if (!@case.IsOpen) return Refusal.Rule("caseId", "Programmes.CaseClosed", "Enrol the client of an open case.");
        var template = await db.ProgrammeTemplates.AsNoTracking().SingleOrDefaultAsync(
            p => p.Id == new ProgrammeTemplateId(request.TemplateId) && p.ServiceId == @case.ServiceId, ct);
        if (template is null) return Refusal.Invalid("templateId", "Programmes.UnknownTemplate", "Choose one of the service's programmes.");
        var coach = new UserId(request.CoachId);
        if (!await db.IsMemberAsync(coach, t, ct))
            return Refusal.Invalid("coachId", "Programmes.CoachNotInTeam", "The coach is a member of the team working this service.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (SessionLayout.Utc(request.StartsOn, request.At) < now)
            return Refusal.Rule("startsOn", "Programmes.StartInPast", "The first session starts in the future.");

        var enrolment = new ProgrammeEnrolment(id, template, coach, request.StartsOn, request.At, user.Id, now);
        var (sessions, laidOut, refusal) = template.Group
            ? await CohortAsync(db, template, enrolment, ct)
            : await LayOutAsync(db, template, request, coach, now, ct);
        if (refusal is not null) return refusal;
        db.ProgrammeEnrolments.Add(enrolment);
        var seats = sessions!.Select(s => new SessionSeat(s.Id, enrolment.Id, id, now)).ToList();
        @case.RecordOnCase(new ProgrammeEnrolled(enrolment.Id.Value, template.Id.Value, template.Version, sessions!.Count, sessions[0].StartUtc),
            user.Id, now);
        await SessionNotices.ScheduleRemindersAsync(db, options, sessions, id, now, ct);
        // A hundred new rows (sessions and seats): as multi-row inserts, not one by one through the change tracker, which
        // took most of an enrolment's time; in one transaction with the rest (enrolment, event, reminders) as one save.
        await using var write = await db.BeginSerializedWriteAsync(ct);
        if (laidOut) await BulkInsert.InsertAsync(db, sessions, ct);
        await BulkInsert.InsertAsync(db, seats, ct);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        await write.CommitAsync(ct);
        return ReadProgrammes.View(enrolment, seats, sessions);
    }

    /// <summary>
    /// New sessions (LaidOut, not yet added) on the coach's free working-day slots; a clash is a 409 naming the coach's
    /// session, unless asked to move.
    /// </summary>
    private static async Task<(List<CoachingSession>? Sessions, bool LaidOut, Refusal? Refusal)> LayOutAsync(SujuvaDb db, ProgrammeTemplate template, EnrolRequest request,
        UserId coach, DateTime now, CancellationToken ct)
    {
        var from = SessionLayout.Utc(request.StartsOn, TimeOnly.MinValue);
        // Untracked: the coach's hundreds of sessions are only read, and tracked they would weigh on the save's change detection.
        var busy = (await db.CoachingSessions.AsNoTracking().Where(s => s.CoachId == coach && s.EndUtc > from).ToListAsync(ct))
            .Where(s => s.Occupies).Select(s => s.AsBusy()).ToList();
        var layout = SessionLayout.Lay(template.Rhythm, request.StartsOn, request.At, [.. template.Sessions.Select(s => s.Minutes)],
            busy, request.MoveOnClash);
        if (layout.ClashesWith is { } clash)
            return (null, false, Refusal.Conflict("startsOn", "Programmes.Clash",
                $"Session {layout.ClashingNumber} clashes with the coach's session {clash.Label} at {clash.StartUtc:yyyy-MM-dd HH:mm} UTC."));
        return ([.. layout.Slots.Select(slot => new CoachingSession(template, coach, request.StartsOn, slot, now))], true, null);
    }

    /// <summary>The cohort's sessions with a seat for one more, or new ones when this enrolment starts the cohort.</summary>
    private static async Task<(List<CoachingSession>? Sessions, bool LaidOut, Refusal? Refusal)> CohortAsync(SujuvaDb db, ProgrammeTemplate template,
        ProgrammeEnrolment enrolment, CancellationToken ct)
    {
        var cohort = await db.CoachingSessions
            .Where(s => s.TemplateId == template.Id && s.CoachId == enrolment.CoachId && s.CohortStartsOn == enrolment.StartsOn)
            .OrderBy(s => s.Number).ToListAsync(ct);
        if (cohort.Count == 0)
            return await LayOutAsync(db, template, new EnrolRequest(template.Id.Value, enrolment.CoachId.Value, enrolment.StartsOn, enrolment.At),
                enrolment.CoachId, enrolment.EnrolledAt, ct);
        var ids = cohort.Select(s => s.Id).ToList();
        var seats = await db.SessionSeats.Where(s => ids.Contains(s.SessionId)).GroupBy(s => s.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (cohort.Any(s => seats.GetValueOrDefault(s.Id) >= s.Capacity))
            return (null, false, Refusal.Rule("templateId", "Programmes.GroupFull", "The group is full; choose another start day."));
        return (cohort, false, null);
    }
}
