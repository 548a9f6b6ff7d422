using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// GET /calendar/{token}.ics: the feed of a worker (the sessions they coach) or of a client (the sessions of their
/// cases), from a year back on, by METRICS.md §10. Null for an unknown or replaced token (404). No personal data:
/// each event is the programme's name and the session's number.
/// </summary>
public static class ServeCalendarFeed
{
    public static async Task<string?> ReadAsync(string token, SujuvaDb db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (SecretToken.HashOf(token) is not { } hash) return null;
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null) return null;
        var from = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var sessions = db.CoachingSessions.AsNoTracking().Where(s => s.EndUtc >= from);
        if (feed.UserId is { } user) sessions = sessions.Where(s => s.CoachId == user);
        else
        {
            var cases = db.Cases.Where(c => c.ClientId == feed.ClientId!.Value).Select(c => c.Id);
            var mine = db.SessionSeats.Where(s => cases.Contains(s.CaseId)).Select(s => s.SessionId);
            sessions = sessions.Where(s => mine.Contains(s.Id));
        }

        var list = await sessions.ToListAsync(ct);
        return CalendarFeedWriter.Write("Sujuva", list.Select(s => new FeedSession(s.Uid, s.Sequence, s.ChangedAt, s.StartUtc, s.EndUtc,
            s.Label, s.Place, s.VideoLink is { } link ? new Uri(link) : null,
            s.IsCancelled)));
    }
}
