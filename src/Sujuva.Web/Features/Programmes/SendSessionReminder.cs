using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Features.Programmes;

/// <summary>The reminder before a session, unless it is off or the client already said they cannot come.</summary>
public sealed class SendSessionReminder(SessionMailer mailer) : IJobHandler<SessionReminder>
{
    public async Task HandleAsync(SessionReminder payload, ClaimedJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (await mailer.FindAsync(payload.SessionId, payload.CaseId, ct) is not { } seated) return;
        if (seated.Session.Status != SessionStatus.Scheduled || seated.Seat.Attendance != Attendance.Expected || seated.Session.StartUtc <= mailer.Now)
            return;
        await mailer.SendAsync(seated, nameof(SessionReminder), (t, page) => (
            t["Mail.ReminderSubject", seated.Session.Label],
            string.Join("\n\n", new[] { t["Mail.ReminderText"].Value, mailer.Describe(seated.Session),
                page is null ? null : t["Mail.CannotCome", page].Value }.OfType<string>())), ct);
    }
}
