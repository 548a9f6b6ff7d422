using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Features.Programmes;

/// <summary>Tells the client at once that a near session was cancelled by the service, or moved (with its new time).</summary>
public sealed class SendSessionChangeNotice(SessionMailer mailer, SujuvaDb db) : IJobHandler<SessionChangeNotice>
{
    public async Task HandleAsync(SessionChangeNotice payload, ClaimedJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (await mailer.FindAsync(payload.SessionId, payload.CaseId, ct) is not { } seated) return;
        var old = seated.Session;
        var moved = old.MovedToId is { } to ? await db.CoachingSessions.AsNoTracking().SingleAsync(s => s.Id == to, ct) : null;
        if (old.Status != SessionStatus.CancelledByService && moved is null) return;
        await mailer.SendAsync(seated, nameof(SessionChangeNotice), (t, page) => moved is null
            ? (t["Mail.CancelledSubject", old.Label], string.Join("\n\n", t["Mail.CancelledText"].Value, mailer.Describe(old)))
            : (t["Mail.MovedSubject", old.Label], string.Join("\n\n", t["Mail.MovedText"].Value, mailer.Describe(moved),
                page is null ? "" : t["Mail.CannotCome", page].Value).Trim()), ct);
    }
}
