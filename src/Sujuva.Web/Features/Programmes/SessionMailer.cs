using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.ClientPages;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Platform.Mail;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Mails a client about one of their sessions, in their language. Their address is personal data: read only for a
/// client seated in the session (the need to know), and each read is in the audit log with the case that allowed it
/// and the job that made it. Nothing is sent to a client without an address.
/// </summary>
public sealed class SessionMailer(SujuvaDb db, MailSender mail, MailLinks links, AuditTrail audit, IStringLocalizer<Strings> t,
    IDataProtectionProvider protection, TimeProvider clock)
{
    public sealed record Seated(CoachingSession Session, SessionSeat Seat, Cases.Case Case);

    public string Base => links.Base;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The session, the client's seat in it and their case; null when any is gone.</summary>
    public async Task<Seated?> FindAsync(Guid sessionId, Guid caseId, CancellationToken ct)
    {
        var (session, @case) = (new CoachingSessionId(sessionId), new CaseId(caseId));
        var seat = await db.SessionSeats.SingleOrDefaultAsync(s => s.SessionId == session && s.CaseId == @case, ct);
        if (seat is null) return null;
        return new Seated(await db.CoachingSessions.SingleAsync(s => s.Id == session, ct), seat, await db.Cases.SingleAsync(c => c.Id == @case, ct));
    }

    /// <summary>Sends what compose writes (in the client's language) to the client of the case; false when they have no address.</summary>
    public async Task<bool> SendAsync(Seated seated, string job, Func<IStringLocalizer<Strings>, string?, (string Subject, string Text)> compose,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seated);
        ArgumentNullException.ThrowIfNull(compose);
        var client = seated.Case.ClientId;
        var contact = await db.ClientPersonalData.AsNoTracking().Where(p => p.ClientId == client)
            .Select(p => new { p.Email, p.Language }).SingleOrDefaultAsync(ct);
        await audit.RecordAsync([new AuditEntry(AuditKind.PersonalDataRead, Now, null, client, ["email", "language"], seated.Case.Id,
            detail: job)], ct, $"job {job}");
        if (string.IsNullOrWhiteSpace(contact?.Email)) return false;

        var language = SupportedCultures.IsSupported(contact.Language) ? contact.Language! : "en";
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(language), SupportedCultures.FormatsFor(language)!);
            var (subject, text) = compose(t, await OwnPageAsync(client, ct));
            await mail.SendAsync(new Platform.Mail.OutgoingMail(contact.Email, subject, text), ct);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
        return true;
    }

    /// <summary>"ti 24.3. 10.00–11.00, etänä: https://…" in the current culture.</summary>
    public string Describe(CoachingSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var where = s.VideoLink ?? s.Place;
        return $"{s.Label}, {LocalTime.Span(s.StartUtc, s.EndUtc)}, "
            + $"{t[$"SessionMode.{s.Mode}"]}{(where is null ? "" : $": {where}")}";
    }

    /// <summary>The client's own page, when the team has made one: where they say "I cannot come".</summary>
    private async Task<string?> OwnPageAsync(ClientId client, CancellationToken ct)
    {
        var link = await db.ClientLinks.AsNoTracking().SingleOrDefaultAsync(l => l.ClientId == client, ct);
        return link is null ? null : $"{links.Base}/c/{protection.CreateProtector(MyCalendarFeed.Purpose).Unprotect(link.ProtectedToken)}";
    }
}
