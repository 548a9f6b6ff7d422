using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Programmes;

/// <summary>What a board card says of the case's coaching (issue 16, item 7): the next session and whether the client missed the last one.</summary>
public sealed record SessionBadge(DateTime? NextStartUtc, SessionMode? NextMode, bool MissedLast)
{
    /// <summary>How far back a missed session still shows on the card.</summary>
    public static readonly TimeSpan MissedShowsFor = TimeSpan.FromDays(60);

    /// <summary>The badges of the given cases that have any coaching from MissedShowsFor back on; one query.</summary>
    public static async Task<Dictionary<Guid, SessionBadge>> ForCasesAsync(SujuvaDb db, IQueryable<CaseId> cases, DateTime now,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = now - MissedShowsFor;
        var rows = await db.SessionSeats.AsNoTracking().Where(s => cases.Contains(s.CaseId))
            .Join(db.CoachingSessions.Where(s => s.StartUtc >= from), s => s.SessionId, s => s.Id,
                (seat, s) => new { seat.CaseId, s.StartUtc, s.Mode, s.Status, seat.Attendance })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CaseId.Value).ToDictionary(g => g.Key, g =>
        {
            var next = g.Where(r => r.Status == SessionStatus.Scheduled && r.Attendance == Attendance.Expected && r.StartUtc >= now)
                .MinBy(r => r.StartUtc);
            var last = g.Where(r => r.StartUtc < now && r.Attendance is Attendance.Attended or Attendance.NoShow).MaxBy(r => r.StartUtc);
            return new SessionBadge(next?.StartUtc, next?.Mode, last?.Attendance == Attendance.NoShow);
        });
    }
}
