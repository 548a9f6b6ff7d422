namespace Sujuva.Web.Features.Sprints;

/// <summary>Starts an exercise of the agenda, with the sprint's version the facilitator saw.</summary>
public sealed record StartExerciseRequest(SprintExercise Exercise, int Version);

/// <summary>Pause, resume, next or reveal: the sprint's version the facilitator saw.</summary>
public sealed record SprintVersionRequest(int Version);
