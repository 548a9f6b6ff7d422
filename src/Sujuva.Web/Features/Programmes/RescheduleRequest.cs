using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Move a session to a new day and local time (Europe/Helsinki), from From to To; the mode, place and link stay as
/// they were unless given (a blank place or link counts as none). Version is the session's.
/// </summary>
public sealed record RescheduleRequest(
    DateOnly Day, TimeOnly From, TimeOnly To, int Version, SessionMode? Mode = null,
    [Text(TextLimits.Name)] string? Place = null, [Text(TextLimits.Reason)] string? VideoLink = null);
