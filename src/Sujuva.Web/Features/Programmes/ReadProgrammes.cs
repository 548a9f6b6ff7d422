using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>A case's programmes with their sessions and the client's attendance: for those who see the case.</summary>
public static class ReadProgrammes
{
    public static async Task<Outcome<List<EnrolmentView>>> OfCaseAsync(Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = new CaseId(caseId);
        if (!await db.CasesVisibleTo(user).AnyAsync(c => c.Id == id, ct)) return Refusal.NotFound("caseId");
        var views = new List<EnrolmentView>();
        foreach (var e in await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.StartsOn).ToListAsync(ct))
            views.Add(await ViewAsync(db, e, ct));
        return views;
    }

    public static async Task<EnrolmentView> ViewAsync(SujuvaDb db, ProgrammeEnrolment e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(e);
        var seats = await db.SessionSeats.AsNoTracking().Where(s => s.EnrolmentId == e.Id).ToListAsync(ct);
        var ids = seats.Select(s => s.SessionId).ToList();
        return View(e, seats, await db.CoachingSessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct));
    }

    /// <summary>The enrolment's view from its seats and their sessions at hand (an enrolment just saved).</summary>
    public static EnrolmentView View(ProgrammeEnrolment e, IReadOnlyCollection<SessionSeat> seats, IEnumerable<CoachingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(sessions);
        var seatOf = seats.ToDictionary(s => s.SessionId);
        return new EnrolmentView(e.Id.Value, e.CaseId.Value, e.TemplateId.Value, e.TemplateVersion, e.LocalProgrammeName, e.CoachId.Value,
            e.StartsOn, e.At, [.. sessions.OrderBy(s => s.StartUtc).Select(s => new SessionView(s.Id.Value, s.Number, s.Count, s.Topic,
                s.StartUtc, s.EndUtc, s.Mode, s.Place, s.VideoLink, s.Status, seatOf[s.Id].Attendance, seatOf[s.Id].Minutes, s.Sequence, s.Version))]);
    }
}
