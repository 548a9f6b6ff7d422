using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Programmes;

/// <summary>Sessions with their seats, as CoachSessionView: one query for the seats of them all.</summary>
public static class CoachSessions
{
    public static async Task<List<CoachSessionView>> ViewAsync(SujuvaDb db, IReadOnlyList<CoachingSession> sessions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sessions);
        var ids = sessions.Select(s => s.Id).ToList();
        var seats = (await db.SessionSeats.AsNoTracking().Where(s => ids.Contains(s.SessionId))
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { s.SessionId, Seat = new SeatView(c.Id.Value, c.ClientPseudonym,
                s.Attendance, s.Late, s.Minutes) })
            .ToListAsync(ct)).ToLookup(s => s.SessionId, s => s.Seat);
        return [.. sessions.Select(s => new CoachSessionView(s.Id.Value, s.ServiceId.Value, s.CoachId.Value, s.LocalProgrammeName, s.Number,
            s.Count, s.Topic, s.StartUtc, s.EndUtc, s.Mode, s.Place, s.VideoLink, s.Status, s.CancelReason, s.MovedToId?.Value,
            s.MovedFromId?.Value, s.Sequence, s.Version, [.. seats[s.Id].OrderBy(x => x.ClientPseudonym, StringComparer.Ordinal)]))];
    }

    public static async Task<CoachSessionView> ViewAsync(SujuvaDb db, CoachingSession session, CancellationToken ct) =>
        (await ViewAsync(db, [session], ct))[0];
}
