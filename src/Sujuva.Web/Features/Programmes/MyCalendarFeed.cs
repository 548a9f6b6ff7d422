using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>The signed-in worker's own feed: its address (made on first ask) and a new one on request (the old stops at once).</summary>
public static class MyCalendarFeed
{
    public const string Purpose = "Sujuva.CalendarFeed";

    public static async Task<CalendarFeedLink> GetAsync(SujuvaDb db, CurrentUser user, IDataProtectionProvider protection, string baseUrl,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(clock);
        var protector = protection.CreateProtector(Purpose);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == user.Id, ct);
        if (feed is not null) return CalendarFeedLink.Of(baseUrl, protector.Unprotect(feed.ProtectedToken));
        var (token, hash) = SecretToken.New();
        db.CalendarFeeds.Add(CalendarFeed.ForWorker(user.Id, hash, protector.Protect(token), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return CalendarFeedLink.Of(baseUrl, token);
    }

    public static async Task<CalendarFeedLink> RegenerateAsync(SujuvaDb db, CurrentUser user, IDataProtectionProvider protection,
        string baseUrl, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(clock);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == user.Id, ct);
        if (feed is null) return await GetAsync(db, user, protection, baseUrl, clock, ct);
        var (token, hash) = SecretToken.New();
        feed.Replace(hash, protection.CreateProtector(Purpose).Protect(token), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CalendarFeedLink.Of(baseUrl, token);
    }
}
