namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// How a sprint meets: four whole days together in one place, four whole days on video, or the four days spread
/// over up to eight half-day sessions, as remote teams do (one half of a day's agenda per session).
/// </summary>
public enum SprintMode
{
    InPerson,
    Remote,
    HalfDays,
}
