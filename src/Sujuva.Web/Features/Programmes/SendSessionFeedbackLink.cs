using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// After an attended session, the feedback feature's single-use link bound to that session. Sent again (a retried job),
/// the same link gets a new secret, so only the last mail's link works and the session is still rated once.
/// </summary>
public sealed class SendSessionFeedbackLink(SessionMailer mailer, SujuvaDb db, IOptions<FeedbackOptions> options) : IJobHandler<SessionFeedbackRequest>
{
    public async Task HandleAsync(SessionFeedbackRequest payload, ClaimedJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (await mailer.FindAsync(payload.SessionId, payload.CaseId, ct) is not { } seated || seated.Seat.Attendance != Attendance.Attended) return;
        var (session, @case) = (seated.Session, seated.Case);
        var link = await db.Set<FeedbackLink>().SingleOrDefaultAsync(l => l.SessionId == session.Id && l.CaseId == @case.Id, ct);
        if (link is null)
        {
            var team = await db.Services.Where(s => s.Id == session.ServiceId).Select(s => s.TeamId).SingleAsync(ct);
            db.Set<FeedbackLink>().Add(link = FeedbackLink.Issue(FeedbackEventKind.Session, @case.Id, null, session.ServiceId, team,
                @case.ClientPseudonym, mailer.Now, session.Id));
        }
        if (link.NewToken(mailer.Now, options.Value.LinkLifetime) is not { } token) return;
        await db.SaveChangesAsync(ct);
        await mailer.SendAsync(seated, nameof(SessionFeedbackRequest), (t, _) => (t["Mail.FeedbackSubject", session.Label],
            string.Join("\n\n", t["Mail.FeedbackText"].Value, mailer.Describe(session), $"{mailer.Base}/f/{token}")), ct);
    }
}
