using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Forecasts;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.ClientPages;

/// <summary>
/// What the client's own page shows, from its secret (issue 16, item 6): sessions from today on (a moved one by its new
/// time only, a cancelled one marked), the expected start of each referral they are waiting on (the same forecast
/// senders see), and their calendar feed. No names: the client knows who they are. Null for an unknown or replaced secret.
/// </summary>
public static class ClientOwnPage
{
    public static async Task<ClientId?> ClientOfAsync(string token, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (SecretToken.HashOf(token) is not { } hash) return null;
        return await db.ClientLinks.AsNoTracking().Where(l => l.TokenHash == hash).Select(l => (ClientId?)l.ClientId).SingleOrDefaultAsync(ct);
    }

    public static async Task<OwnPage?> LoadAsync(string token, SujuvaDb db, FlowCache cache, IDataProtectionProvider protection,
        string baseUrl, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(clock);
        if (await ClientOfAsync(token, db, ct) is not { } client) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var fromUtc = SessionLayout.Utc(DateOnly.FromDateTime(LocalTime.InFinland(now)), TimeOnly.MinValue);
        var cases = db.Cases.Where(c => c.ClientId == client).Select(c => c.Id);
        var rows = await db.SessionSeats.AsNoTracking().Where(s => cases.Contains(s.CaseId))
            .Join(db.CoachingSessions.Where(s => s.EndUtc >= fromUtc && s.Status != SessionStatus.Rescheduled), s => s.SessionId, s => s.Id,
                (seat, s) => new { Seat = seat, Session = s })
            .ToListAsync(ct);
        var sessions = rows.OrderBy(r => r.Session.StartUtc).Select(r => new OwnSession(r.Session.Id.Value, r.Session.LocalProgrammeName,
            r.Session.Number, r.Session.Count, r.Session.Topic, r.Session.StartUtc, r.Session.EndUtc, r.Session.Mode, r.Session.Place,
            r.Session.VideoLink, r.Session.IsCancelled || r.Seat.Attendance == Attendance.CancelledByClient, r.Seat.Attendance,
            CanCancel(r.Session, r.Seat, now))).ToList();

        var waiting = await db.Referrals.AsNoTracking().Where(r => r.ClientId == client && r.Status == ReferralStatus.Sent)
            .Select(r => r.ToServiceId).Distinct().ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Where(s => waiting.Contains(s.Id)).ToListAsync(ct);
        var waits = new List<OwnWait>();
        foreach (var service in services)
            waits.Add(new OwnWait(service.Id.Value, LocalName.Of(service),
                (await ServiceForecasts.ExpectedWaitAsync(service.Id, ServiceForecasts.DefaultBasisDays, db, cache, clock, ct)).Value));

        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.ClientId == client, ct);
        var webcal = feed is null ? null
            : CalendarFeedLink.Of(baseUrl, protection.CreateProtector(MyCalendarFeed.Purpose).Unprotect(feed.ProtectedToken)).Webcal;
        return new OwnPage(sessions, waits, webcal);
    }

    /// <summary>Still ahead, still on, and the client has not answered yet.</summary>
    public static bool CanCancel(CoachingSession session, SessionSeat seat, DateTime now) =>
        session.Status == SessionStatus.Scheduled && seat.Attendance == Attendance.Expected && session.StartUtc > now;
}
