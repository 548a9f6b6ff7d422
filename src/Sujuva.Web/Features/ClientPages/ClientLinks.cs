using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.ClientPages;

/// <summary>
/// The client's own page and calendar feed addresses, for the team working one of the client's cases: made on first
/// ask, the same after that, both replaced at once on regenerating (a lost phone, a link sent to the wrong person).
/// </summary>
public static class ClientLinks
{
    public static async Task<Outcome<ClientLinkView>> GetAsync(Guid caseId, SujuvaDb db, CurrentUser user, IDataProtectionProvider protection,
        string baseUrl, TimeProvider clock, CancellationToken ct) =>
        await ApplyAsync(caseId, regenerate: false, db, user, protection, baseUrl, clock, ct);

    public static async Task<Outcome<ClientLinkView>> RegenerateAsync(Guid caseId, SujuvaDb db, CurrentUser user,
        IDataProtectionProvider protection, string baseUrl, TimeProvider clock, CancellationToken ct) =>
        await ApplyAsync(caseId, regenerate: true, db, user, protection, baseUrl, clock, ct);

    private static async Task<Outcome<ClientLinkView>> ApplyAsync(Guid caseId, bool regenerate, SujuvaDb db, CurrentUser user,
        IDataProtectionProvider protection, string baseUrl, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(clock);
        var found = await db.CasesVisibleTo(user).Where(c => c.Id == new CaseId(caseId))
            .Select(c => new { c.ClientId, c.Service.TeamId }).SingleOrDefaultAsync(ct);
        if (found is null) return Refusal.NotFound("caseId");
        if (CaseWork.Refuse(user, found.TeamId, "caseId") is { } forbidden) return forbidden;
        var protector = protection.CreateProtector(MyCalendarFeed.Purpose);
        var now = clock.GetUtcNow().UtcDateTime;

        var page = await db.ClientLinks.SingleOrDefaultAsync(l => l.ClientId == found.ClientId, ct);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.ClientId == found.ClientId, ct);
        string pageToken, feedToken;
        if (page is null || regenerate) pageToken = Renew(page, found.ClientId, protector, now, db);
        else pageToken = protector.Unprotect(page.ProtectedToken);
        if (feed is null || regenerate) feedToken = RenewFeed(feed, found.ClientId, protector, now, db);
        else feedToken = protector.Unprotect(feed.ProtectedToken);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);

        var pageUrl = $"{baseUrl.TrimEnd('/')}/c/{pageToken}";
        var feedLink = CalendarFeedLink.Of(baseUrl, feedToken);
        return new ClientLinkView(pageUrl, QrCode.Svg(pageUrl), feedLink.Url, feedLink.Webcal);
    }

    private static string Renew(ClientLink? page, ClientId client, IDataProtector protector, DateTime now, SujuvaDb db)
    {
        var (token, hash) = SecretToken.New();
        if (page is null) db.ClientLinks.Add(new ClientLink(client, hash, protector.Protect(token), now));
        else page.Replace(hash, protector.Protect(token), now);
        return token;
    }

    private static string RenewFeed(CalendarFeed? feed, ClientId client, IDataProtector protector, DateTime now, SujuvaDb db)
    {
        var (token, hash) = SecretToken.New();
        if (feed is null) db.CalendarFeeds.Add(CalendarFeed.ForClient(client, hash, protector.Protect(token), now));
        else feed.Replace(hash, protector.Protect(token), now);
        return token;
    }
}
