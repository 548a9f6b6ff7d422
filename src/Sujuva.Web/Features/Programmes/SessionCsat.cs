using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Features.Programmes;

/// <summary>A client's rating of one coaching session, with the session's programme and mode (null when the session is gone).</summary>
public sealed record SessionRating(DateTime AnsweredAt, int Rating, ProgrammeTemplateId? TemplateId, SessionMode? Mode);

/// <summary>
/// Feedback after sessions: the answers given through the single-use links bound to a session (FeedbackEventKind.Session,
/// FeedbackLink.SessionId set), counted in the week they were given, as the service feedback's CSAT is. Session CSAT =
/// answers rated 4–5 / answers (METRICS.md §6 and §11).
/// </summary>
public static class SessionCsat
{
    /// <summary>The services' session ratings given in [fromUtc, toUtc); of one template's sessions (all its versions) when given.</summary>
    public static async Task<List<SessionRating>> AnswersAsync(SujuvaDb db, IReadOnlyCollection<ServiceId> services,
        ProgrammeTemplateId? template, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = services.ToList();
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking()
            .Where(a => a.EventKind == FeedbackEventKind.Session && ids.Contains(a.ServiceId) && a.AnsweredAt >= fromUtc && a.AnsweredAt < toUtc)
            .Join(db.Set<FeedbackLink>(), a => a.LinkId, l => l.Id, (a, l) => new { a.AnsweredAt, a.Rating, l.SessionId })
            .ToListAsync(ct);
        // The link's session id is nullable: its sessions are read by a list of ids (a join on it does not translate).
        var sessionIds = answers.Where(a => a.SessionId is not null).Select(a => a.SessionId!.Value).Distinct().ToList();
        var sessions = await db.CoachingSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.TemplateId, s.Mode }).ToDictionaryAsync(s => s.Id, ct);
        var ratings = answers.Select(a => a.SessionId is { } id && sessions.TryGetValue(id, out var s)
            ? new SessionRating(a.AnsweredAt, a.Rating, s.TemplateId, s.Mode)
            : new SessionRating(a.AnsweredAt, a.Rating, null, null));
        return template is { } t ? [.. ratings.Where(r => r.TemplateId == t)] : [.. ratings];
    }

    /// <summary>Session CSAT's answers: Yes for a rating of 4 or 5, at the moment it was given.</summary>
    public static IEnumerable<YesNo> Satisfied(IEnumerable<SessionRating> ratings) =>
        ratings.Select(r => new YesNo(r.AnsweredAt, r.Rating >= 4));

    /// <summary>The share rated 4–5, or null without answers.</summary>
    public static double? Share(IReadOnlyCollection<SessionRating> ratings) =>
        ratings.Count == 0 ? null : (double)ratings.Count(r => r.Rating >= 4) / ratings.Count;
}
