using Sujuva.Web.Data;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// The mails a session's changes cause (issue 16, item 5), scheduled as jobs in the change's own save: a reminder
/// ReminderBefore the start (at once when nearer), a notice at once when a session within ChangeNoticeWithin is
/// cancelled or moved, and the feedback link after an attended one. One job per session and client, by key.
/// </summary>
public static class SessionNotices
{
    public static async Task ScheduleRemindersAsync(SujuvaDb db, ProgrammeOptions options, IEnumerable<CoachingSession> sessions,
        CaseId caseId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sessions);
        var reminders = new List<(string, SessionReminder, DateTime)>();
        foreach (var s in sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartUtc > now))
        {
            var due = s.StartUtc - options.ReminderBefore;
            reminders.Add((ReminderKey(s.Id, caseId), new SessionReminder(s.Id.Value, caseId.Value), due < now ? now : due));
        }

        await db.ScheduleJobsAsync(reminders, now, ct);
    }

    /// <summary>A change to a session starting this near (before or after the change) is told to its clients at once.</summary>
    public static bool IsNear(ProgrammeOptions options, DateTime startUtc, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(options);
        return startUtc - now < options.ChangeNoticeWithin;
    }

    /// <summary>The session is off (cancelled, or moved away) for these clients: no reminder; a notice at once when asked.</summary>
    public static async Task OffAsync(SujuvaDb db, CoachingSession session, IEnumerable<CaseId> cases, DateTime now, bool notify,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(cases);
        var clients = cases.ToList();
        await db.CancelJobsAsync([.. clients.Select(c => ReminderKey(session.Id, c))], ct);
        if (notify)
            await db.ScheduleJobsAsync([.. clients.Select(c => ($"change:{session.Id.Value}:{c.Value}", new SessionChangeNotice(session.Id.Value, c.Value), now))],
                now, ct);
    }

    public static Task ScheduleFeedbackAsync(SujuvaDb db, CoachingSession session, CaseId caseId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        return db.ScheduleJobAsync($"feedback:{session.Id.Value}:{caseId.Value}", new SessionFeedbackRequest(session.Id.Value, caseId.Value),
            now, now, ct);
    }

    private static string ReminderKey(CoachingSessionId session, CaseId caseId) => $"reminder:{session.Value}:{caseId.Value}";
}
