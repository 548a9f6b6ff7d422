using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// GET /calendar/{token}.ics: the feed of a worker (the sessions they coach) or of a client (the sessions of their
/// cases), from a year back on, by METRICS.md §10. Null for an unknown or replaced token (404). No personal data:
/// each event is the programme's name (in the user interface language, see CalendarFeedLink) and the session's number.
/// A feed whose sessions' stamp is unchanged is served from CalendarFeedCache; otherwise it is written again and kept
/// under the stamp of the sessions it was written from.
/// </summary>
public static class ServeCalendarFeed
{
    public static async Task<WrittenFeed?> ReadAsync(string token, SujuvaDb db, CalendarFeedCache cache, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(clock);
        if (SecretToken.HashOf(token) is not { } hash) return null;
        var feed = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash)
            .Select(f => new { f.Id, f.UserId, f.ClientId }).SingleOrDefaultAsync(ct);
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

        var stamp = await sessions.GroupBy(_ => 1)
            .Select(g => new FeedStamp(g.Count(), g.Max(s => s.ChangedAt), g.Sum(s => (long)s.Version)))
            .SingleOrDefaultAsync(ct) ?? FeedStamp.Of([]);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (cache.Find(feed.Id, language, stamp) is { } kept) return kept;

        // Stamped from the sessions read, not the stamp above: a change saved in between is then in both or neither.
        var list = await sessions.ToListAsync(ct);
        var written = WrittenFeed.Of(FeedStamp.Of(list), CalendarFeedWriter.Write("Sujuva", list.Select(s => new FeedSession(s.Uid,
            s.Sequence, s.ChangedAt, s.StartUtc, s.EndUtc, s.Label, s.Place, s.VideoLink is { } link ? new Uri(link) : null,
            s.IsCancelled))));
        cache.Keep(feed.Id, language, written);
        return written;
    }
}
