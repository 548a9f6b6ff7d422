namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// One session instance as a calendar feed shows it (METRICS.md §10). No personal data: the summary is the
/// programme's name and the session's number ("Valmennus 3/8"), never a client's name. ChangedUtc is the session's
/// last change (DTSTAMP), Sequence grows on each change of time, place, link or status.
/// </summary>
public sealed record FeedSession(
    string Uid, int Sequence, DateTime ChangedUtc, DateTime StartUtc, DateTime EndUtc, string Summary, string? Place,
    Uri? VideoLink, bool Cancelled);
