namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// What a calendar feed was written from, in three numbers the database sums up in one query: how many sessions,
/// their latest change and the sum of their versions. Every change of a session raises its version (and its
/// ChangedAt), a session entering or leaving the feed changes the count, so an equal stamp means the same feed.
/// </summary>
public sealed record FeedStamp(int Count, DateTime LastChange, long Versions)
{
    public static FeedStamp Of(IReadOnlyCollection<CoachingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.Count == 0
            ? new(0, default, 0)
            : new(sessions.Count, sessions.Max(s => s.ChangedAt), sessions.Sum(s => (long)s.Version));
    }
}
